/**
 * The evidence levels' marks, on cards and in the inspector: an eye for observed, a speech
 * bubble for reported, a dashed circle with a question mark for assumed (dashed like the
 * provisional card it sits on). Shapes differ, so they read in grayscale; decorative, as
 * the words or the tooltip beside them say the same.
 */
import { memo } from 'react';
import type { EvidenceLevel } from '../../core/model.ts';
import { MarkFrame, type IconProps } from './marks.tsx';

export const EvidenceIcon = memo(function EvidenceIcon({
  evidence,
  ...frame
}: IconProps & { evidence: EvidenceLevel }) {
  return (
    <MarkFrame {...frame}>
      {evidence === 'observed' ? (
        <>
          <path
            d="M1.2 8Q8 1.2 14.8 8Q8 14.8 1.2 8Z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          <circle cx="8" cy="8" r="2.4" fill="currentColor" />
        </>
      ) : evidence === 'reported' ? (
        <path
          d="M2.5 2.5H13.5V10.5H7L4 13.5V10.5H2.5Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      ) : (
        <>
          <circle
            cx="8"
            cy="8"
            r="6.3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeDasharray="2.2 1.8"
          />
          <path
            d="M6.1 6.3A1.95 1.95 0 1 1 8.6 8.2C8.1 8.4 8 8.7 8 9.3"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
          <circle cx="8" cy="11.4" r="0.95" fill="currentColor" />
        </>
      )}
    </MarkFrame>
  );
});

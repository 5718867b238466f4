/**
 * The marks a card draws. Each carries its meaning in shape as well as colour (a headset
 * for service, a sparkle for experience, a face whose mouth bends with the emotion, a
 * triangle with bars for friction) so a map printed in black and white still reads.
 * Decorative: the card's words and aria-label say the same.
 */
import { memo } from 'react';
import type { Emotion, Severity, TouchpointKind } from '../../core/model.ts';

export interface IconProps {
  size?: number;
  className?: string;
}

export const HeadsetIcon = memo(function HeadsetIcon({ size = 14, className }: IconProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2.75 9.5V8a5.25 5.25 0 0 1 10.5 0v1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <rect x="1.75" y="8.5" width="3" height="4.75" rx="1.2" fill="currentColor" />
      <rect x="11.25" y="8.5" width="3" height="4.75" rx="1.2" fill="currentColor" />
      <path
        d="M12.75 13.25c0 1.1-1.4 1.75-3.75 1.75"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
      />
    </svg>
  );
});

export const SparkleIcon = memo(function SparkleIcon({ size = 14, className }: IconProps) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M7 2 8.35 6.15 12.5 7.5 8.35 8.85 7 13 5.65 8.85 1.5 7.5 5.65 6.15Z"
        fill="currentColor"
      />
      <path
        d="M12.5 10.5 13.1 12.4 15 13 13.1 13.6 12.5 15.5 11.9 13.6 10 13 11.9 12.4Z"
        fill="currentColor"
      />
    </svg>
  );
});

export function KindIcon({ kind, size, className }: IconProps & { kind: TouchpointKind }) {
  return kind === 'service' ? (
    <HeadsetIcon size={size} className={className} />
  ) : (
    <SparkleIcon size={size} className={className} />
  );
}

const MOUTHS: Record<`${Emotion}`, string> = {
  '-2': 'M6 15.2Q10 10.6 14 15.2',
  '-1': 'M6.5 14.2Q10 11.8 13.5 14.2',
  '0': 'M6.5 13H13.5',
  '1': 'M6.5 12Q10 14.8 13.5 12',
  '2': 'M5.8 11.2Q10 17 14.2 11.2Z',
};

/** A face for -2..+2. Colours come from CSS (`.tm-cface-n2` .. `.tm-cface-2`). */
export const EmotionFace = memo(function EmotionFace({
  emotion,
  size = 20,
}: {
  emotion: Emotion;
  size?: number;
}) {
  const tone = String(emotion).replace('-', 'n');
  return (
    <svg
      className={`tm-cface tm-cface-${tone}`}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="8.6" className="tm-cface-bg" />
      <circle cx="7" cy="8" r="1.2" className="tm-cface-ink" />
      <circle cx="13" cy="8" r="1.2" className="tm-cface-ink" />
      {emotion === -2 ? (
        <path d="M5 5.6 8.4 6.6M15 5.6 11.6 6.6" className="tm-cface-line" />
      ) : null}
      <path
        d={MOUTHS[`${emotion}`]}
        className={emotion === 2 ? 'tm-cface-fill' : 'tm-cface-line'}
      />
    </svg>
  );
});

/** A warning triangle with one to three bars for low, medium and high. */
export const FrictionIcon = memo(function FrictionIcon({ severity }: { severity: Severity }) {
  const bars = severity === 'low' ? 1 : severity === 'medium' ? 2 : 3;
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M8 1.5 15 14H1Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
      {[0, 1, 2].slice(0, bars).map((i) => (
        <rect
          key={i}
          x={5 + i * 2.2}
          y={11.2 - i * 1.6}
          width="1.5"
          height={1.6 + i * 1.6}
          fill="currentColor"
        />
      ))}
    </svg>
  );
});

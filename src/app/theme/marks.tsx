/**
 * The vocabulary's marks, drawn the same on the canvas and in the panels. Each carries its
 * meaning in shape as well as colour (a headset for service, a sparkle for experience, a
 * face whose mouth bends with the emotion, a triangle with bars for friction) so a map
 * printed in black and white still reads. Decorative: the words beside them say the same.
 */
import { memo, type ComponentType, type CSSProperties, type ReactNode } from 'react';
import type { Emotion, Severity, TouchpointKind } from '../../core/model.ts';
import {
  EMOTION_LOOKS,
  KIND_LOOKS,
  type KindIcon as KindIconName,
} from '../../core/presentation.ts';
import { SEVERITY_TERMS, emotionTerm, type EmotionKey } from '../../core/vocabulary.ts';
import { emotionStyle } from './looks.ts';
import './marks.css';

export interface IconProps {
  size?: number;
  className?: string;
  style?: CSSProperties;
}

/** The 16-unit square every line mark is drawn in, decorative (hidden from assistive tech). */
export function MarkFrame({
  size = 14,
  className,
  style,
  children,
}: IconProps & { children: ReactNode }) {
  return (
    <svg
      className={className}
      style={style}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

function HeadsetIcon(props: IconProps) {
  return (
    <MarkFrame {...props}>
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
    </MarkFrame>
  );
}

function SparkleIcon(props: IconProps) {
  return (
    <MarkFrame {...props}>
      <path
        d="M7 2 8.35 6.15 12.5 7.5 8.35 8.85 7 13 5.65 8.85 1.5 7.5 5.65 6.15Z"
        fill="currentColor"
      />
      <path
        d="M12.5 10.5 13.1 12.4 15 13 13.1 13.6 12.5 15.5 11.9 13.6 10 13 11.9 12.4Z"
        fill="currentColor"
      />
    </MarkFrame>
  );
}

/** Every icon a kind can name in presentation.ts, drawn once. */
const KIND_ICONS: Readonly<Record<KindIconName, ComponentType<IconProps>>> = {
  headset: memo(HeadsetIcon),
  sparkle: memo(SparkleIcon),
};

export function KindIcon({ kind, size, className, style }: IconProps & { kind: TouchpointKind }) {
  const Icon = KIND_ICONS[KIND_LOOKS[kind].icon];
  return <Icon size={size} className={className} style={style} />;
}

// The mouths, drawn for this 20-unit face; the table's `mouth` (-1 .. 1) says which are
// the extremes (brows on the deepest frown, a filled grin on the widest smile).
const MOUTHS: Readonly<Record<EmotionKey, string>> = {
  '-2': 'M6 15.2Q10 10.6 14 15.2',
  '-1': 'M6.5 14.2Q10 11.8 13.5 14.2',
  '0': 'M6.5 13H13.5',
  '1': 'M6.5 12Q10 14.8 13.5 12',
  '2': 'M5.8 11.2Q10 17 14.2 11.2Z',
};

/**
 * A face for an emotion (-2..+2), or a dashed "?" for not rated. Its fill and outline come
 * from the level's variables, its mouth from the level's curvature: shapes differ, not
 * only colours.
 */
export const EmotionFace = memo(function EmotionFace({
  emotion,
  size = 20,
  className,
}: IconProps & { emotion: Emotion | null }) {
  const token = emotion === null ? 'none' : emotionTerm(emotion).token;
  const mouth = emotion === null ? 0 : EMOTION_LOOKS[`${emotion}`].mouth;
  return (
    <svg
      className={`tm-face tm-face-${token}${className ? ` ${className}` : ''}`}
      style={emotion === null ? undefined : emotionStyle(emotion)}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <circle
        cx="10"
        cy="10"
        r="8.6"
        className="tm-face-bg"
        strokeDasharray={emotion === null ? '2.4 2' : undefined}
      />
      {emotion === null ? (
        <text x="10" y="14" textAnchor="middle" className="tm-face-q">
          ?
        </text>
      ) : (
        <>
          <circle cx="7" cy="8" r="1.2" className="tm-face-ink" />
          <circle cx="13" cy="8" r="1.2" className="tm-face-ink" />
          {mouth <= -1 ? (
            <path d="M5 5.6 8.4 6.6M15 5.6 11.6 6.6" className="tm-face-line" />
          ) : null}
          <path d={MOUTHS[`${emotion}`]} className={mouth >= 1 ? 'tm-face-fill' : 'tm-face-line'} />
        </>
      )}
    </svg>
  );
});

/** A warning triangle with as many bars as the severity's rank (1 low .. 3 high). */
export const FrictionIcon = memo(function FrictionIcon({ severity }: { severity: Severity }) {
  const bars = SEVERITY_TERMS[severity].rank;
  return (
    <MarkFrame>
      <path
        d="M8 1.5 15 14H1Z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
      {Array.from({ length: bars }, (_, i) => (
        <rect
          key={i}
          x={5 + i * 2.2}
          y={11.2 - i * 1.6}
          width="1.5"
          height={1.6 + i * 1.6}
          fill="currentColor"
        />
      ))}
    </MarkFrame>
  );
});

/**
 * Small inline SVG icons. Each is decorative (aria-hidden) and always sits next to a word
 * or inside a labelled control: meaning never rests on an icon or a colour alone.
 */
import type { Emotion, Severity, TouchpointKind } from '../../../core/model.ts';
import { KIND_HINTS, KIND_LABELS, SEVERITY_LABELS } from './labels.ts';

interface IconProps {
  size?: number;
  className?: string;
}

export function HeadsetIcon({ size = 16, className }: IconProps) {
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
        strokeWidth="1.5"
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
}

export function SparkleIcon({ size = 16, className }: IconProps) {
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
}

export function KindIcon({ kind, size, className }: IconProps & { kind: TouchpointKind }) {
  return kind === 'service' ? (
    <HeadsetIcon size={size} className={className} />
  ) : (
    <SparkleIcon size={size} className={className} />
  );
}

/** The card convention: icon and word, never colour alone. */
export function KindLabel({ kind, compact = false }: { kind: TouchpointKind; compact?: boolean }) {
  return (
    <span className={`pn-kind pn-kind-${kind}`} title={KIND_HINTS[kind]}>
      <KindIcon kind={kind} size={compact ? 14 : 16} />
      <span className="pn-kind-word">{KIND_LABELS[kind]}</span>
    </span>
  );
}

const MOUTHS: Record<`${Emotion}`, string> = {
  '-2': 'M6 15.2Q10 10.6 14 15.2',
  '-1': 'M6.5 14.2Q10 11.8 13.5 14.2',
  '0': 'M6.5 13H13.5',
  '1': 'M6.5 12Q10 14.8 13.5 12',
  '2': 'M5.8 11.2Q10 17 14.2 11.2Z',
};

/** A face for an emotion (-2..+2) or a dashed "?" for not rated; shapes differ, not only colours. */
export function Face({ emotion, size = 22, className }: IconProps & { emotion: Emotion | null }) {
  const tone = emotion === null ? 'none' : String(emotion);
  return (
    <svg
      className={`tm-face tm-face-${tone.replace('-', 'n')}${className ? ` ${className}` : ''}`}
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
          <circle cx="7" cy="8" r="1.15" className="tm-face-ink" />
          <circle cx="13" cy="8" r="1.15" className="tm-face-ink" />
          {emotion === -2 ? (
            <path d="M5 5.6 8.4 6.6M15 5.6 11.6 6.6" className="tm-face-line" />
          ) : null}
          <path
            d={MOUTHS[`${emotion}`]}
            className={emotion === 2 ? 'tm-face-fill' : 'tm-face-line'}
          />
        </>
      )}
    </svg>
  );
}

/** A severity as a word with a mark of 1-3 bars, so it reads in black and white too. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const bars = severity === 'low' ? 1 : severity === 'medium' ? 2 : 3;
  return (
    <span className={`pn-severity pn-severity-${severity}`}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        {[0, 1, 2].map((i) => (
          <rect
            key={i}
            x={i * 4}
            y={8 - i * 3}
            width="3"
            height={4 + i * 3}
            className={i < bars ? 'pn-bar-on' : 'pn-bar-off'}
          />
        ))}
      </svg>
      {SEVERITY_LABELS[severity]}
    </span>
  );
}

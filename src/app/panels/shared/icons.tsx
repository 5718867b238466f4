/**
 * Small inline SVG icons. Each is decorative (aria-hidden) and always sits next to a word
 * or inside a labelled control: meaning never rests on an icon or a colour alone.
 */
import type { Emotion, Severity, TouchpointKind } from '../../../core/model.ts';
import { KIND_HINTS, KIND_LABELS, SEVERITY_LABELS } from './labels.ts';

// The kind marks are the canvas card's own, so palette, inspector and card match.
export { HeadsetIcon, KindIcon, SparkleIcon } from '../../canvas/card-icons.tsx';
import { KindIcon, type IconProps } from '../../canvas/card-icons.tsx';

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

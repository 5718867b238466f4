/**
 * The panels' vocabulary labels: a kind as its chip (icon and word) and a severity as a
 * word with 1-3 bars. Each is decorative beside its word, or inside a labelled control:
 * meaning never rests on an icon or a colour alone. The marks themselves (kind icons,
 * emotion faces) are the canvas card's own, from theme/marks.tsx.
 */
import type { Severity, TouchpointKind } from '../../../core/model.ts';
import { KIND_TERMS, SEVERITY_LIST, SEVERITY_TERMS } from '../../../core/vocabulary.ts';
import { KIND_STYLES, SEVERITY_STYLES } from '../../theme/looks.ts';
import { KindIcon } from '../../theme/marks.tsx';

export { KindIcon };

/** The card convention: icon and word, never colour alone; the kind's chip colours. */
export function KindLabel({ kind, compact = false }: { kind: TouchpointKind; compact?: boolean }) {
  const term = KIND_TERMS[kind];
  return (
    <span
      className={`pn-kind pn-kind-${kind}`}
      style={KIND_STYLES[kind]}
      title={term.hint}
      data-kind={kind}
    >
      <KindIcon kind={kind} size={compact ? 14 : 16} />
      <span className="pn-kind-word">{term.word}</span>
    </span>
  );
}

/** A severity as a word with a mark of as many bars as its rank, so it reads in black and white too. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { rank, word } = SEVERITY_TERMS[severity];
  return (
    <span className={`pn-severity pn-severity-${severity}`} style={SEVERITY_STYLES[severity]}>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        {SEVERITY_LIST.map((_, i) => (
          <rect
            key={i}
            x={i * 4}
            y={8 - i * 3}
            width="3"
            height={4 + i * 3}
            className={i < rank ? 'pn-bar-on' : 'pn-bar-off'}
          />
        ))}
      </svg>
      {word}
    </span>
  );
}

/**
 * The insights panel's two bar tables: touchpoints of each kind (by stage or department)
 * and friction points of each severity by stage. Columns and bars come from the
 * vocabulary's lists, so a new kind or severity is a new column with no change here.
 */
import type { KindCounts, SeverityCounts } from '../../../core/insights.ts';
import { KIND_LIST, SEVERITY_LIST } from '../../../core/vocabulary.ts';
import { KIND_STYLES, SEVERITY_STYLES } from '../../theme/looks.ts';
import { KindIcon } from '../shared/icons.tsx';

/** Highest first: the worst friction leads each bar. */
const SEVERITIES_DOWN = [...SEVERITY_LIST].reverse();

/** A column head short enough for a narrow panel: "Med", with the word as its title. */
function ShortWord({ word }: { word: string }) {
  return word.length > 4 ? <abbr title={word}>{word.slice(0, 3)}</abbr> : <>{word}</>;
}

export function KindTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string;
  rows: readonly (KindCounts & { key: string; name: string })[];
}) {
  const max = Math.max(1, ...rows.map((row) => row.total));
  return (
    <table className="pn-table pn-kind-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{header}</th>
          {KIND_LIST.map((kind) => (
            <th key={kind.id} scope="col" className="pn-num" title={kind.word}>
              <KindIcon
                kind={kind.id}
                size={14}
                className="pn-kind-mark"
                style={KIND_STYLES[kind.id]}
              />
              <span className="pn-visually-hidden">{kind.word}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <span className="pn-row-name">{row.name}</span>
              <span className="pn-bar" aria-hidden="true">
                {KIND_LIST.map((kind) => (
                  <span
                    key={kind.id}
                    className={`pn-bar-part pn-bar-kind pn-bar-${kind.id}`}
                    style={{ ...KIND_STYLES[kind.id], width: `${(row[kind.id] / max) * 100}%` }}
                  />
                ))}
              </span>
            </th>
            {KIND_LIST.map((kind) => (
              <td key={kind.id} className="pn-num">
                {row[kind.id]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FrictionTable({
  rows,
}: {
  rows: readonly (SeverityCounts & { key: string; name: string })[];
}) {
  const max = Math.max(1, ...rows.map((row) => row.total));
  return (
    <table className="pn-table pn-friction-table">
      <caption>Friction points by stage and severity</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          {SEVERITY_LIST.map((severity) => (
            <th key={severity.id} scope="col" className="pn-num">
              <ShortWord word={severity.word} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <span className="pn-row-name">{row.name}</span>
              <span className="pn-bar" aria-hidden="true">
                {SEVERITIES_DOWN.map(({ id }) => (
                  <span
                    key={id}
                    className={`pn-bar-part pn-bar-severity pn-bar-${id}`}
                    style={{ ...SEVERITY_STYLES[id], width: `${(row[id] / max) * 100}%` }}
                  />
                ))}
              </span>
            </th>
            {SEVERITY_LIST.map(({ id }) => (
              <td key={id} className="pn-num">
                {row[id]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

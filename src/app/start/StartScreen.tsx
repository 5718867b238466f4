import { memo } from 'react';
import type { TemplateEntry } from '../templates.ts';
import { IS_MAC, withShortcut } from '../editor/keymap.ts';

interface StartScreenProps {
  templates: readonly TemplateEntry[];
  onChoose: (entry: TemplateEntry) => void;
  /** Opens a map file (the platform's open dialog). */
  onOpen: () => void;
  /** Back to the open map, when the start screen was reached with New. */
  onBack?: () => void;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The first thing a facilitator sees: start blank or from a real journey, or open a file. */
export const StartScreen = memo(function StartScreen({
  templates,
  onChoose,
  onOpen,
  onBack,
}: StartScreenProps) {
  return (
    <main className="start">
      <h1>New journey map</h1>
      <p className="start-lead">
        Start from a blank grid or from a real journey, then make it yours.
      </p>
      <ul className="template-list" aria-label="Templates">
        {templates.map((entry) => {
          const { map } = entry;
          const service = map.touchpoints.filter((t) => t.kind === 'service').length;
          return (
            <li key={entry.key}>
              <button
                type="button"
                className="template-card"
                data-template={entry.key}
                onClick={() => onChoose(entry)}
              >
                <span className="template-title">
                  {entry.key === 'blank' ? 'Blank map' : map.title}
                </span>
                <span className="template-description">
                  {map.description ?? 'The default stages and departments, no touchpoints yet.'}
                </span>
                <span className="template-meta">
                  {count(map.stages.length, 'stage')} ·{' '}
                  {count(map.departments.length, 'department')} ·{' '}
                  {count(map.touchpoints.length, 'touchpoint')}
                  {map.touchpoints.length > 0 ? ` (${service} service)` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="start-actions">
        <button
          type="button"
          className="tm-button"
          onClick={onOpen}
          title={withShortcut('Open a map file', 'open', IS_MAC)}
        >
          Open a map file…
        </button>
        {onBack ? (
          <button type="button" className="tm-button tm-button--quiet" onClick={onBack}>
            Back to the open map
          </button>
        ) : null}
      </div>
    </main>
  );
});

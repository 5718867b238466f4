import { memo, useEffect, useRef, type ReactNode } from 'react';
import type { TemplateEntry } from '../templates.ts';
import { IS_MAC, withShortcut } from '../editor/keymap.ts';
import { countByKind } from '../../core/insights.ts';
import { kindWord } from '../../core/vocabulary.ts';
import { MapThumbnail } from './MapThumbnail.tsx';
import './start.css';
import './start-screen.css';

interface StartScreenProps {
  templates: readonly TemplateEntry[];
  onChoose: (entry: TemplateEntry) => void;
  /** Opens a map file (the platform's open dialog). */
  onOpen: () => void;
  /** Back to the open map, when the start screen was reached with New. */
  onBack?: () => void;
  /** Unsaved work to recover, shown first (see RecoveryPrompt). */
  recovery?: ReactNode;
  /** The recent maps (desktop). */
  recent?: ReactNode;
  onPreferences?: () => void;
  onHelp?: () => void;
  onAbout?: () => void;
  /** Focus the blank map or the first template (a menu command brought the user here). */
  focusRequest?: { target: 'blank' | 'templates'; nonce: number } | null;
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
  recovery,
  recent,
  onPreferences,
  onHelp,
  onAbout,
  focusRequest,
}: StartScreenProps) {
  const list = useRef<HTMLUListElement>(null);
  const nonce = focusRequest?.nonce;
  const target = focusRequest?.target;
  useEffect(() => {
    if (nonce === undefined) return;
    const cards = list.current?.querySelectorAll<HTMLButtonElement>('.template-card');
    if (!cards || cards.length === 0) return;
    const blank = list.current?.querySelector<HTMLButtonElement>('[data-template="blank"]');
    const other = [...cards].find((card) => card !== blank);
    (target === 'blank' ? (blank ?? cards[0]) : (other ?? cards[0]))?.focus();
  }, [nonce, target]);

  return (
    <main className="start">
      {recovery}
      <h1>New journey map</h1>
      <p className="start-lead">
        Start from a blank grid or from a real journey, then make it yours.
      </p>
      <ul className="template-list" aria-label="Templates" ref={list}>
        {templates.map((entry) => {
          const { map } = entry;
          const kinds = countByKind(map.touchpoints);
          return (
            <li key={entry.key}>
              <button
                type="button"
                className="template-card"
                data-template={entry.key}
                onClick={() => onChoose(entry)}
              >
                <MapThumbnail map={map} className="template-thumbnail" />
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
                  {kinds.total > 0
                    ? ` (${kinds.service} ${kindWord('service').toLowerCase()})`
                    : ''}
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
        <span className="start-actions-spacer" />
        {onPreferences ? (
          <button type="button" className="tm-button tm-button--quiet" onClick={onPreferences}>
            Preferences…
          </button>
        ) : null}
        {onHelp ? (
          <button type="button" className="tm-button tm-button--quiet" onClick={onHelp}>
            Help
          </button>
        ) : null}
        {onAbout ? (
          <button type="button" className="tm-button tm-button--quiet" onClick={onAbout}>
            About
          </button>
        ) : null}
      </div>
      {recent}
    </main>
  );
});

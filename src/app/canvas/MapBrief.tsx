/**
 * The journey-map brief on the map: who the persona is and which situation the map covers.
 * It sits in the header corner, beside the stage names, pinned like them; the button shows
 * the persona's name (or "Scenario"), and opens a card with the quote, the goals and the
 * scenario. Both are edited in the map inspector.
 */
import { useState } from 'react';
import type { Persona } from '../../core/model.ts';

export function MapBrief({ persona, scenario }: { persona?: Persona; scenario?: string }) {
  const [open, setOpen] = useState(false);
  const name = persona?.name.trim() ? persona.name : null;
  if (name === null && !scenario) return null;
  const goals = persona?.goals ?? [];
  return (
    <div className="tm-brief">
      <button
        type="button"
        className="tm-brief-button nopan"
        aria-expanded={open}
        title={[name, persona?.quote, scenario].filter(Boolean).join('\n')}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      >
        <span className="tm-brief-label">{name ?? 'Scenario'}</span>
      </button>
      {open ? (
        <div
          className="tm-brief-card nopan nowheel"
          role="dialog"
          aria-label="Persona and scenario"
        >
          {name !== null ? <strong className="tm-brief-name">{name}</strong> : null}
          {persona?.quote ? <q className="tm-brief-quote">{persona.quote}</q> : null}
          {goals.length > 0 ? (
            <>
              <span className="tm-brief-heading">Goals</span>
              <ul className="tm-brief-goals">
                {goals.map((goal, i) => (
                  <li key={i}>{goal}</li>
                ))}
              </ul>
            </>
          ) : null}
          {scenario ? (
            <>
              <span className="tm-brief-heading">Scenario</span>
              <p className="tm-brief-scenario">{scenario}</p>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

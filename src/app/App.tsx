import { useState } from 'react';
import { StartScreen } from './start/StartScreen.tsx';
import { TEMPLATES, type TemplateEntry } from './templates.ts';
import type { JourneyMap } from '../core/model.ts';

/**
 * The renderer's shell. The map editor (canvas, inspector, insights) is the next piece of
 * work; until then a chosen map shows its title and outline.
 */
export function App() {
  const [map, setMap] = useState<JourneyMap | null>(null);
  if (!map)
    return (
      <StartScreen templates={TEMPLATES} onChoose={(entry: TemplateEntry) => setMap(entry.map)} />
    );
  return (
    <main className="document">
      <header className="document-header">
        <h1 className="map-title">{map.title}</h1>
        {map.description ? <p>{map.description}</p> : null}
      </header>
      <section aria-label="Outline" className="outline">
        <h2>Stages</h2>
        <ol>
          {map.stages.map((stage) => (
            <li key={stage.id}>
              {stage.name} ({map.touchpoints.filter((t) => t.stageId === stage.id).length})
            </li>
          ))}
        </ol>
        <h2>Departments</h2>
        <ul>
          {map.departments.map((department) => (
            <li key={department.id}>
              <span
                className="swatch"
                style={{ background: department.color }}
                aria-hidden="true"
              />{' '}
              {department.name}
            </li>
          ))}
        </ul>
      </section>
      <button type="button" onClick={() => setMap(null)}>
        Back to templates
      </button>
    </main>
  );
}

/**
 * The journey map's brief on the map: who the persona is (name, quote, goals) and which
 * situation the map covers, in a band across the top of the map, above the stage names.
 * Its sections and their lines come from the layout (core/layout-brief.ts), so the band
 * scrolls and zooms with the map, Fit includes it, and its words are sized for the zoom a
 * map opens at (zoomed out further, where cards show no words, its lines are grey bars). A
 * text past its line limit ends in "…"; its tooltip, and the map inspector that a click (or
 * Enter) opens, have it whole. A map without persona or scenario has none.
 */
import { memo, type CSSProperties } from 'react';
import { ViewportLayer } from './flow-portals.tsx';
import { BRIEF_GEOMETRY } from '../../core/layout-brief.ts';
import type { LayoutBrief, LayoutBriefSection } from '../../core/layout.ts';
import type { Persona } from '../../core/model.ts';
import { useStores } from '../store/context.tsx';
import { noteUi } from './note-ui.ts';
import { useDetailLevel } from './use-detail-level.ts';
import './brief.css';

interface MapBriefProps {
  brief: LayoutBrief;
  width: number;
  persona?: Persona;
  scenario?: string;
}

const HEADINGS = { persona: 'Persona', goals: 'Goals', scenario: 'Scenario' } as const;
const G = BRIEF_GEOMETRY;

/** The sizes the layout measured with, so the band's words wrap where it counted them. */
const SIZES = {
  '--tm-brief-heading': `${G.HEADING.size}px`,
  '--tm-brief-heading-line': `${G.HEADING.line}px`,
  '--tm-brief-heading-after': `${G.HEADING.after}px`,
  '--tm-brief-name': `${G.NAME.size}px`,
  '--tm-brief-name-line': `${G.NAME.line}px`,
  '--tm-brief-body': `${G.BODY.size}px`,
  '--tm-brief-body-line': `${G.BODY.line}px`,
  '--tm-brief-bullet': `${G.BULLET}px`,
  '--tm-brief-gap': `${G.ITEM_GAP}px`,
} as CSSProperties;

/** A text cut at `lines` lines by the stylesheet (line clamp), its whole words in `title`. */
function Clamped({ className, text, lines }: { className: string; text: string; lines: number }) {
  if (lines <= 0) return null;
  return (
    <span
      className={`tm-brief-text ${className}`}
      style={{ '--tm-brief-lines': String(lines) } as CSSProperties}
      title={text}
    >
      {text}
    </span>
  );
}

function SectionBody({
  section,
  persona,
  scenario,
}: {
  section: LayoutBriefSection;
  persona?: Persona;
  scenario?: string;
}) {
  if (section.kind === 'persona') {
    const quote = persona?.quote?.trim();
    return (
      <>
        <Clamped
          className="tm-brief-name"
          text={persona?.name.trim() ?? ''}
          lines={section.lines[0] ?? 0}
        />
        <Clamped
          className="tm-brief-quote"
          text={quote ? `“${quote}”` : ''}
          lines={section.lines[1] ?? 0}
        />
      </>
    );
  }
  if (section.kind === 'goals') {
    const goals = (persona?.goals ?? []).map((g) => g.trim()).filter(Boolean);
    return (
      <ul className="tm-brief-goals">
        {section.lines.map((lines, i) => (
          <li key={i}>
            <Clamped className="tm-brief-goal" text={goals[i] ?? ''} lines={lines} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Clamped
      className="tm-brief-scenario"
      text={scenario?.trim() ?? ''}
      lines={section.lines[0] ?? 0}
    />
  );
}

export const MapBrief = memo(function MapBrief({ brief, width, persona, scenario }: MapBriefProps) {
  const { view } = useStores();
  // Where cards show no words, neither does the brief: its lines are drawn as bars.
  const far = useDetailLevel() === 'marks';
  if (brief.height === 0) return null;
  const openMap = () => {
    // Nothing selected: the inspector shows the map, where persona and scenario are edited.
    noteUi.getState().select(null);
    view.getState().clearSelection();
    view.getState().togglePanel('inspector', true);
  };
  return (
    <ViewportLayer>
      <div
        className={`tm-brief nopan nodrag${far ? ' is-far' : ''}`}
        role="button"
        tabIndex={0}
        aria-label="Persona and scenario. Enter opens them in the map inspector."
        style={{ ...SIZES, width, height: brief.height, transform: `translate(0px, ${brief.y}px)` }}
        onClick={openMap}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          event.stopPropagation();
          openMap();
        }}
      >
        {brief.sections.map((section) => (
          <section
            key={section.kind}
            className="tm-brief-section"
            data-brief={section.kind}
            style={{
              left: section.x,
              top: section.y,
              width: section.width,
              height: section.height,
            }}
          >
            <span className="tm-brief-heading">{HEADINGS[section.kind]}</span>
            <SectionBody section={section} persona={persona} scenario={scenario} />
          </section>
        ))}
      </div>
    </ViewportLayer>
  );
});

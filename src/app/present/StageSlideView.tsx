/**
 * A stage slide: the stage's name, its emotion curve, and its touchpoints as large cards
 * grouped by department (title, kind mark and word, emotion face and word, frictions with
 * their severity), laid out in the columns the slide was cut into.
 */
import type { SlideCard, SlideGroup, StageSlide } from '../../core/presentation-slides.ts';
import type { LookStyle } from '../theme/looks.ts';
import { partTitle } from '../../core/presentation-slides.ts';
import { SEVERITY_TERMS, emotionWord, kindWord } from '../../core/vocabulary.ts';
import { KIND_STYLES, SEVERITY_STYLES } from '../theme/looks.ts';
import { EmotionFace, FrictionIcon, KindIcon } from '../theme/marks.tsx';
import { EmotionCurve } from './EmotionCurve.tsx';

function Card({ card }: { card: SlideCard }) {
  return (
    <li className="tm-present-card" style={KIND_STYLES[card.kind]} data-kind={card.kind}>
      <p className="tm-present-card-title">
        {card.title}
        {card.continued ? <span className="tm-present-cont"> (continued)</span> : null}
      </p>
      {card.continued ? null : (
        <p className="tm-present-marks">
          <span className="tm-present-kind">
            <KindIcon kind={card.kind} />
            {kindWord(card.kind)}
          </span>
          <span className="tm-present-emotion">
            <EmotionFace emotion={card.emotion} />
            {emotionWord(card.emotion)}
          </span>
        </p>
      )}
      {card.frictions.length > 0 ? (
        <ul className="tm-present-frictions" aria-label="Frictions">
          {card.frictions.map((friction, i) => (
            <li key={i} style={SEVERITY_STYLES[friction.severity]}>
              <FrictionIcon severity={friction.severity} />
              <span>
                <strong>{SEVERITY_TERMS[friction.severity].word}:</strong> {friction.text}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Group({ group }: { group: SlideGroup }) {
  const style: LookStyle = { '--dept': group.color };
  return (
    <section className="tm-present-group" style={style}>
      <h3>{group.name}</h3>
      <ul>
        {group.cards.map((card, i) => (
          <Card key={`${card.touchpointId}-${i}`} card={card} />
        ))}
      </ul>
    </section>
  );
}

export function StageSlideView({ slide }: { slide: StageSlide }) {
  return (
    <>
      <header className="tm-present-head">
        <h2>{partTitle(slide.heading, slide.part, slide.parts)}</h2>
        {slide.unrated > 0 ? <p className="tm-present-note">{slide.unrated} not rated</p> : null}
      </header>
      <EmotionCurve points={slide.curve} />
      {slide.columns.length === 0 ? (
        <p className="tm-present-empty">No touchpoints in this stage yet.</p>
      ) : (
        <div className="tm-present-columns">
          {slide.columns.map((column, i) => (
            <div key={i} className="tm-present-column">
              {column.map((group, j) => (
                <Group key={`${group.departmentId}-${j}`} group={group} />
              ))}
            </div>
          ))}
        </div>
      )}
    </>
  );
}

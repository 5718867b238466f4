/**
 * The slides around the stages: the title, the persona, the lowest moments and the top
 * frictions. Each says plainly when it has nothing to show, so an empty slide is never
 * mistaken for a rendering fault.
 */
import type { FrictionsSlide, LowestSlide } from '../../core/presentation-slides.ts';
import type { PersonaSlide, TitleSlide } from '../../core/presentation-intro-slides.ts';
import { partTitle } from '../../core/presentation-slides.ts';
import { SEVERITY_TERMS, emotionWord } from '../../core/vocabulary.ts';
import { SEVERITY_STYLES } from '../theme/looks.ts';
import { EmotionFace, FrictionIcon } from '../theme/marks.tsx';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function TitleSlideView({ slide }: { slide: TitleSlide }) {
  // The rest of a long description goes on under a heading, like every other slide.
  if (slide.part > 1) {
    return (
      <>
        <header className="tm-present-head">
          <h2>{partTitle(slide.title, slide.part, slide.parts)}</h2>
        </header>
        <div className="tm-present-body">
          <p className="tm-present-lead">{slide.description}</p>
        </div>
      </>
    );
  }
  return (
    <div className="tm-present-title">
      <h2>{slide.title}</h2>
      {slide.description ? <p className="tm-present-lead">{slide.description}</p> : null}
      <p className="tm-present-note">
        {plural(slide.stages, 'stage')} · {plural(slide.touchpoints, 'touchpoint')}
        {slide.parts > 1 ? ' · continued on the next slide' : ''}
      </p>
    </div>
  );
}

export function PersonaSlideView({ slide }: { slide: PersonaSlide }) {
  return (
    <>
      <header className="tm-present-head">
        <h2>{partTitle(`Persona: ${slide.name}`, slide.part, slide.parts)}</h2>
      </header>
      <div className="tm-present-body tm-present-persona">
        {slide.blocks.map((block, i) => {
          switch (block.kind) {
            case 'about':
              return <p key={i}>{block.text}</p>;
            case 'quote':
              return <blockquote key={i}>“{block.text}”</blockquote>;
            case 'goals':
              return (
                <section key={i}>
                  <h3>{block.continued ? 'Goals (continued)' : 'Goals'}</h3>
                  <ul>
                    {block.goals.map((goal, j) => (
                      <li key={j}>{goal}</li>
                    ))}
                  </ul>
                </section>
              );
          }
        })}
      </div>
    </>
  );
}

export function LowestSlideView({ slide }: { slide: LowestSlide }) {
  return (
    <>
      <header className="tm-present-head">
        <h2>{partTitle('Lowest moments', slide.part, slide.parts)}</h2>
      </header>
      <div className="tm-present-body">
        {slide.moments.length === 0 ? (
          <p className="tm-present-empty">No low moments: no rated touchpoint is below neutral.</p>
        ) : (
          <ol className="tm-present-list">
            {slide.moments.map((moment) => (
              <li key={moment.touchpointId} data-emotion={moment.emotion}>
                <EmotionFace emotion={moment.emotion} />
                <div>
                  <p className="tm-present-item-title">{moment.title}</p>
                  <p className="tm-present-item-meta">
                    {moment.stage} · {emotionWord(moment.emotion)}
                    {moment.frictionCount > 0 && moment.worstSeverity !== null
                      ? ` · ${plural(moment.frictionCount, 'friction')}, worst ${SEVERITY_TERMS[moment.worstSeverity].word.toLowerCase()}`
                      : ''}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}

export function FrictionsSlideView({ slide }: { slide: FrictionsSlide }) {
  return (
    <>
      <header className="tm-present-head">
        <h2>{partTitle('Top frictions', slide.part, slide.parts)}</h2>
      </header>
      <div className="tm-present-body">
        {slide.frictions.length === 0 ? (
          <p className="tm-present-empty">No frictions recorded.</p>
        ) : (
          <ol className="tm-present-list">
            {slide.frictions.map((friction, i) => (
              <li
                key={i}
                style={SEVERITY_STYLES[friction.severity]}
                data-severity={friction.severity}
              >
                <FrictionIcon severity={friction.severity} />
                <div>
                  <p className="tm-present-item-title tm-present-item-title--plain">
                    <strong>{SEVERITY_TERMS[friction.severity].word}:</strong> {friction.text}
                  </p>
                  <p className="tm-present-item-meta">
                    {friction.touchpoint} · {friction.stage}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}

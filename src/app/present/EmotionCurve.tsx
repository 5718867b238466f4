/**
 * The emotion curve of the shown stage(s): a smooth line through the rated touchpoints in
 * journey order, a face on each point, the lowest points ringed. The line (the canvas's and
 * the PDF's curve, from core) is drawn in a stretched 0..100 box, inset by half a face so
 * faces at +2 and −2 stay inside; its stroke keeps its width. The faces are HTML placed in
 * percent, so they stay round at any screen size.
 */
import { curvePathData } from '../../core/emotion-curve.ts';
import { EMOTIONS } from '../../core/model.ts';
import type { SlideCurvePoint } from '../../core/presentation-slides.ts';
import { emotionWord } from '../../core/vocabulary.ts';
import { EmotionFace } from '../theme/marks.tsx';
import { levelY, plotPoints } from './curve-path.ts';

export function EmotionCurve({ points }: { points: readonly SlideCurvePoint[] }) {
  const plotted = plotPoints(points.map((p) => p.emotion));
  const min = Math.min(...points.map((p) => p.emotion));
  const description =
    points.length === 0
      ? 'Emotion curve: no rated touchpoints'
      : `Emotion curve: ${points.map((p) => `${p.title}, ${emotionWord(p.emotion)}`).join('; ')}`;
  return (
    <figure className="tm-present-curve" role="img" aria-label={description}>
      <div className="tm-present-plot">
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {EMOTIONS.map((emotion) => (
            <line
              key={emotion}
              className={`tm-present-level${emotion === 0 ? ' is-zero' : ''}`}
              x1="0"
              x2="100"
              y1={levelY(emotion)}
              y2={levelY(emotion)}
            />
          ))}
          <path className="tm-present-curve-line" d={curvePathData(plotted)} />
        </svg>
        {points.map((point, i) => (
          <span
            key={point.touchpointId}
            className={`tm-present-curve-point${min < 0 && point.emotion === min ? ' is-lowest' : ''}`}
            style={{ left: `${plotted[i]!.x}%`, top: `${plotted[i]!.y}%` }}
            data-emotion={point.emotion}
          >
            <EmotionFace emotion={point.emotion} />
          </span>
        ))}
      </div>
    </figure>
  );
}

import { EMOTIONS, type Emotion } from '../../../core/model.ts';
import { Face } from './icons.tsx';
import { EMOTION_LABELS, emotionLabel, formatScore } from './labels.ts';
import { Segmented, type SegmentedOption } from './Segmented.tsx';

const OPTIONS: readonly SegmentedOption<Emotion | null>[] = [
  ...EMOTIONS.map((emotion) => ({
    value: emotion,
    ariaLabel: `${EMOTION_LABELS[`${emotion}`]} (${formatScore(emotion)})`,
    title: `${EMOTION_LABELS[`${emotion}`]} (${formatScore(emotion)})`,
    label: (
      <>
        <Face emotion={emotion} />
        <span className="pn-emotion-score">{formatScore(emotion)}</span>
      </>
    ),
  })),
  {
    value: null,
    ariaLabel: 'Not rated',
    title: 'Not rated yet',
    className: 'pn-emotion-none',
    label: (
      <>
        <Face emotion={null} />
        <span className="pn-emotion-score">None</span>
      </>
    ),
  },
];

/**
 * Five faces from -2 (very negative) to +2 (very positive) and "not rated": a radio group.
 * `value` undefined: a mixed selection, nothing chosen.
 */
export function EmotionPicker({
  value,
  onChange,
  label = 'Emotion',
}: {
  value: Emotion | null | undefined;
  onChange: (emotion: Emotion | null) => void;
  label?: string;
}) {
  return (
    <div className="pn-field">
      <span className="pn-label" aria-hidden="true">
        {label}
      </span>
      <Segmented
        label={label}
        options={OPTIONS}
        value={value}
        onChange={onChange}
        className="pn-emotion"
      />
      <p className="pn-hint pn-emotion-current" aria-hidden="true">
        {value === undefined ? 'Mixed' : emotionLabel(value)}
      </p>
    </div>
  );
}

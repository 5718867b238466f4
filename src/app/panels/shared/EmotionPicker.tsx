import type { Emotion } from '../../../core/model.ts';
import { EMOTION_LIST, UNRATED_WORD, emotionWord } from '../../../core/vocabulary.ts';
import { EmotionFace } from '../../theme/marks.tsx';
import { Segmented, type SegmentedOption } from './Segmented.tsx';

const OPTIONS: readonly SegmentedOption<Emotion | null>[] = [
  ...EMOTION_LIST.map(({ value, word, score }) => ({
    value,
    ariaLabel: `${word} (${score})`,
    title: `${word} (${score})`,
    label: (
      <>
        <EmotionFace emotion={value} size={22} />
        <span className="pn-emotion-score">{score}</span>
      </>
    ),
  })),
  {
    value: null,
    ariaLabel: UNRATED_WORD,
    title: 'Not rated yet',
    className: 'pn-emotion-none',
    label: (
      <>
        <EmotionFace emotion={null} size={22} />
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
        {value === undefined ? 'Mixed' : emotionWord(value)}
      </p>
    </div>
  );
}

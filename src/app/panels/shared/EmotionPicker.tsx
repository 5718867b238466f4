import type { Emotion } from '../../../core/model.ts';
import { EMOTION_LIST, UNRATED_KEY, UNRATED_WORD, emotionWord } from '../../../core/vocabulary.ts';
import { EmotionFace } from '../../theme/marks.tsx';
import { Segmented, type SegmentedOption } from '../../ui/Segmented.tsx';

/** The capture key of a level (the map's 1–5 and 0), shown under its face. */
function KeyHint({ keyName }: { keyName: string }) {
  return (
    <kbd className="pn-emotion-key" aria-hidden="true" style={KEY_STYLE}>
      {keyName}
    </kbd>
  );
}

// Inline: the shared controls stylesheet belongs to the panels' own look.
const KEY_STYLE = { fontSize: 10, lineHeight: 1.2, padding: '0 3px', display: 'inline-block' };

const OPTIONS: readonly SegmentedOption<Emotion | null>[] = [
  ...EMOTION_LIST.map(({ value, word, score, key }) => ({
    value,
    ariaLabel: `${word} (${score})`,
    title: `${word} (${score}), key ${key} on the map`,
    label: (
      <>
        <EmotionFace emotion={value} size={22} />
        <span className="pn-emotion-score">{score}</span>
        <KeyHint keyName={key} />
      </>
    ),
  })),
  {
    value: null,
    ariaLabel: UNRATED_WORD,
    title: `Not rated yet, key ${UNRATED_KEY} on the map`,
    className: 'pn-emotion-none',
    label: (
      <>
        <EmotionFace emotion={null} size={22} />
        <span className="pn-emotion-score">None</span>
        <KeyHint keyName={UNRATED_KEY} />
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

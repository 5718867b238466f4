/**
 * One touchpoint card on the canvas (a React Flow custom node, registered once at module
 * level in Canvas.tsx). Memoised: React Flow hands it the same `data` object until the
 * card's own content changes (see flow-model.ts), so dragging or editing one card never
 * re-renders the other cards.
 *
 * Kinds differ in four ways at once, so the kind reads on a projector, in grayscale print
 * and for colour-blind readers: colour, corner shape, border style and an icon with a
 * word. All four come from the vocabulary (core/presentation.ts) through the card's
 * custom properties (theme/looks.ts); the stylesheet has one rule for every kind.
 */
import { memo } from 'react';
import { InlineEditor } from './InlineEditor.tsx';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { updateTouchpoint } from '../../core/ops/index.ts';
import { LIMITS, type EvidenceLevel } from '../../core/model.ts';
import { useStores, useView } from '../store/context.tsx';
import { useEditorUiStore } from '../editor/editor-ui.tsx';
import { tryApply } from '../editor/edit-actions.ts';
import type { CardNode } from './flow-model.ts';
import {
  CHANNEL_TERMS,
  EVIDENCE_TERMS,
  SEVERITY_TERMS,
  emotionWord as wordForEmotion,
  formatCsat,
  kindWord,
} from '../../core/vocabulary.ts';
import { EmotionFace, FrictionIcon, KindIcon } from '../theme/marks.tsx';
import { EvidenceIcon } from '../theme/EvidenceIcon.tsx';
import { KIND_STYLES, SEVERITY_STYLES, type LookStyle } from '../theme/looks.ts';
import { useDetailLevel } from './use-detail-level.ts';
import { CommentBadge } from './CommentBadge.tsx';
import { COMPACT_TITLE_TEXT } from './detail-level.ts';
import { titleLines } from './title-lines.ts';
import { textWidth } from './text-width.ts';
import { useTextSize } from '../preferences/use-text-size.ts';
import { textScale } from '../../core/text-size.ts';
import { LAYOUT } from '../../core/layout.ts';
import './card.css';
import './card-levels.css';

function TitleEditor({ id, title }: { id: string; title: string }) {
  const { document, view } = useStores();
  const ui = useEditorUiStore();
  return (
    <InlineEditor
      className="tm-card-title-input"
      initial={title}
      maxLength={LIMITS.titleLength}
      label="Touchpoint title (Enter to keep, Escape to cancel)"
      onCommit={(next) => {
        if (next === '') return;
        tryApply({ document, view, ui }, (map) => updateTouchpoint(map, id, { title: next }));
      }}
      onClose={() => view.getState().startRenaming(null)}
    />
  );
}

export const TouchpointCard = memo(function TouchpointCard({
  id,
  data,
  selected,
  isConnectable,
}: NodeProps<CardNode>) {
  const renaming = useView((state) => state.renamingId === id);
  // React Flow gets no nodes at the marks level (MarkLayer.tsx paints the cards there).
  const level = useDetailLevel() === 'full' ? 'full' : 'compact';
  const {
    title,
    kind,
    channel,
    emotion,
    frictionCount,
    assumedFrictions,
    worstSeverity,
    csat,
    departmentColor,
    departmentName,
    dimmed,
    lowest,
    changed,
    comments,
    evidence,
    source,
  } = data;
  const className = [
    'tm-card',
    `tm-card--${kind}`,
    `tm-card--${level}`,
    selected ? 'is-selected' : '',
    dimmed ? 'is-dimmed' : '',
    lowest ? 'is-lowest' : '',
    changed ? 'is-changed' : '',
    evidence !== null && EVIDENCE_TERMS[evidence].provisional ? 'is-provisional' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The kind's look (border, fill, chip) and the owner's colour, as variables .tm-card uses.
  const style: LookStyle = { ...KIND_STYLES[kind], '--tm-dept': departmentColor };
  const emotionWord = wordForEmotion(emotion);
  const attributes = {
    className,
    'data-touchpoint-id': id,
    'data-stage-id': data.stageId,
    'data-department-id': data.departmentId,
    'data-kind': kind,
    'data-emotion': emotion === null ? 'none' : String(emotion),
    'data-frictions': frictionCount,
    'data-selected': selected ? 'true' : 'false',
    'data-dimmed': dimmed ? 'true' : 'false',
    'data-evidence': evidence ?? 'none',
    'data-level': level,
  };

  if (level === 'compact') {
    return (
      <div {...attributes} style={style}>
        <InHandle isConnectable={isConnectable} />
        <div className="tm-card-band" title={departmentName} />
        <span className="tm-card-kind-mark" title={kindWord(kind)}>
          <KindIcon kind={kind} size={18} />
        </span>
        {renaming ? <TitleEditor id={id} title={title} /> : <CompactTitle title={title} />}
        <OutHandle isConnectable={isConnectable} />
      </div>
    );
  }

  return (
    <div
      className={className}
      style={style}
      data-level={level}
      data-touchpoint-id={id}
      data-stage-id={data.stageId}
      data-department-id={data.departmentId}
      data-kind={kind}
      data-emotion={emotion === null ? 'none' : String(emotion)}
      data-frictions={frictionCount}
      data-selected={selected ? 'true' : 'false'}
      data-dimmed={dimmed ? 'true' : 'false'}
      data-evidence={evidence ?? 'none'}
    >
      <InHandle isConnectable={isConnectable} />
      {/* The owner's colour; the lane says the name (kept in the aria-label too). */}
      <div className="tm-card-band" title={departmentName} />
      <div className="tm-card-head">
        <span className="tm-card-kind">
          <KindIcon kind={kind} />
          <span>{kindWord(kind)}</span>
        </span>
        <span className="tm-card-channel">{CHANNEL_TERMS[channel].word}</span>
        {emotion !== null ? (
          <span className="tm-card-emotion" title={`Emotion: ${emotionWord}`}>
            <EmotionFace emotion={emotion} />
          </span>
        ) : null}
      </div>
      <CardTitle id={id} title={title} renaming={renaming} />
      <div className="tm-card-foot">
        {worstSeverity !== null ? (
          <span
            className={`tm-card-friction tm-card-friction--${worstSeverity}${assumedFrictions === frictionCount ? ' is-provisional' : ''}`}
            style={SEVERITY_STYLES[worstSeverity]}
            title={`${frictionCount} friction point${frictionCount === 1 ? '' : 's'}, worst: ${SEVERITY_TERMS[worstSeverity].word.toLowerCase()}${assumedFrictions > 0 ? `, ${assumedFrictions} assumed` : ''}`}
          >
            <FrictionIcon severity={worstSeverity} />
            <span>
              {frictionCount} · {SEVERITY_TERMS[worstSeverity].word}
            </span>
          </span>
        ) : null}
        {csat !== null ? (
          <span
            className="tm-card-csat"
            title={`Customer satisfaction (CSAT) ${formatCsat(csat)} of 5`}
          >
            CSAT {formatCsat(csat)}
          </span>
        ) : null}
        <CommentBadge count={comments} />
        {evidence !== null ? <EvidenceMark evidence={evidence} source={source} /> : null}
      </div>
      <OutHandle isConnectable={isConnectable} />
    </div>
  );
});

/** How the team knows the card: its level's mark, the level and source in the tooltip. */
function EvidenceMark({ evidence, source }: { evidence: EvidenceLevel; source: string | null }) {
  const word = EVIDENCE_TERMS[evidence].word;
  const label = `Evidence: ${word}${source ? ` (${source})` : ''}`;
  return (
    <span className={`tm-card-evidence tm-card-evidence--${evidence}`} title={label}>
      <EvidenceIcon evidence={evidence} size={15} />
    </span>
  );
}

/** The target and source handles every card level with handles has. */
function InHandle({ isConnectable }: { isConnectable: boolean }) {
  return (
    <Handle
      type="target"
      position={Position.Left}
      className="tm-handle tm-handle-in"
      isConnectable={isConnectable}
      title="Incoming connection"
    />
  );
}

function OutHandle({ isConnectable }: { isConnectable: boolean }) {
  return (
    <Handle
      type="source"
      position={Position.Right}
      className="tm-handle tm-handle-out"
      isConnectable={isConnectable}
      title="Drag to another card to connect"
    />
  );
}

/**
 * The room for a compact card's title (card-levels.css): the card less its borders (3 at
 * most) and padding (10 + 10); the first line also less the kind mark beside it (26) and
 * the gap after it (8), the title's text-indent.
 */
const COMPACT_TITLE_WIDTH = LAYOUT.CARD_WIDTH - 6 - 20;
const COMPACT_TITLE_WIDTHS = { first: COMPACT_TITLE_WIDTH - 26 - 8, rest: COMPACT_TITLE_WIDTH };
const COMPACT_TITLE_LINES = 3;

/**
 * A compact card's title: big letters, so whole words laid out here (title-lines.ts)
 * rather than by the browser, which would break a long word such as "confirmation" across
 * two lines. Measured in canvas units at the compact size (card-levels.css).
 */
function CompactTitle({ title }: { title: string }) {
  const px = COMPACT_TITLE_TEXT * Math.min(1, textScale(useTextSize()));
  const lines = titleLines(title, COMPACT_TITLE_WIDTHS, COMPACT_TITLE_LINES, (text) =>
    textWidth(text, px, 650),
  );
  return (
    <div className="tm-card-title" title={title}>
      {lines.join('\n')}
    </div>
  );
}

/** The title, or its in-place editor while renaming. */
function CardTitle({ id, title, renaming }: { id: string; title: string; renaming: boolean }) {
  return renaming ? (
    <TitleEditor id={id} title={title} />
  ) : (
    <div className="tm-card-title" title={title}>
      {title}
    </div>
  );
}

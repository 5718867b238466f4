/**
 * The right-hand side panel: the inspector, insights, and stages-and-departments panels as
 * tabs (one at a time gets the full height). The panels are built elsewhere; this only
 * places them.
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import {
  CommentsPanel,
  Inspector,
  InsightsPanel,
  QuestionsPanel,
  QuestionsTabLabel,
  StructurePanel,
} from '../panels/index.ts';
import { useStores, useView } from '../store/context.tsx';
import { useEditorUi, useEditorUiStore, type SideTab } from './editor-ui.tsx';
import { showTab, visibleTab } from './side-panels.ts';
import { ICONS } from './icons.tsx';
import { IS_MAC, withShortcut } from './keymap.ts';
import type { CommandName } from './command-names.ts';

const TABS: readonly { tab: SideTab; label: string; command: CommandName }[] = [
  { tab: 'inspector', label: 'Inspector', command: 'toggleInspector' },
  { tab: 'insights', label: 'Insights', command: 'toggleInsights' },
  { tab: 'structure', label: 'Stages & departments', command: 'toggleStructure' },
  { tab: 'comments', label: 'Comments', command: 'toggleComments' },
  { tab: 'questions', label: 'Questions', command: 'toggleQuestions' },
];

export function SidePanel() {
  const { view } = useStores();
  const ui = useEditorUiStore();
  const inspector = useView((state) => state.panels.inspector);
  const insights = useView((state) => state.panels.insights);
  const structure = useEditorUi((state) => state.structureOpen);
  const comments = useEditorUi((state) => state.commentsOpen);
  const questions = useEditorUi((state) => state.questionsOpen);
  const commentRequest = useEditorUi((state) => state.commentRequest);
  const tab = visibleTab({ inspector, insights }, structure, comments, questions);
  const baseId = useId();
  const tabRefs = useRef(new Map<SideTab, HTMLButtonElement>());
  if (tab === null) return null;

  // Arrow keys move between tabs (the ARIA tabs pattern).
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = TABS.findIndex((t) => t.tab === tab);
    const step = event.key === 'ArrowRight' ? 1 : -1;
    const next = TABS[(index + step + TABS.length) % TABS.length]!.tab;
    showTab(view, ui, next);
    tabRefs.current.get(next)?.focus();
  }

  return (
    <aside className="tm-side" data-keyscope="panel" aria-label="Side panel">
      <div className="tm-side-tabs">
        <div role="tablist" aria-label="Side panel" onKeyDown={onKeyDown} className="tm-tablist">
          {TABS.map(({ tab: t, label, command }) => (
            <button
              key={t}
              ref={(element) => {
                if (element) tabRefs.current.set(t, element);
                else tabRefs.current.delete(t);
              }}
              type="button"
              role="tab"
              id={`${baseId}-${t}-tab`}
              aria-selected={tab === t}
              aria-controls={`${baseId}-${t}-panel`}
              tabIndex={tab === t ? 0 : -1}
              className="tm-tab"
              title={withShortcut(label, command, IS_MAC)}
              onClick={() => showTab(view, ui, t)}
            >
              {t === 'questions' ? <QuestionsTabLabel label={label} active={tab === t} /> : label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="tm-tool tm-side-close"
          aria-label="Close the side panel"
          title="Close the side panel"
          onClick={() => showTab(view, ui, null)}
        >
          {ICONS.close}
        </button>
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-${tab}-panel`}
        aria-labelledby={`${baseId}-${tab}-tab`}
        className="tm-side-body"
      >
        {tab === 'inspector' ? (
          <Inspector />
        ) : tab === 'insights' ? (
          <InsightsPanel />
        ) : tab === 'questions' ? (
          <QuestionsPanel />
        ) : tab === 'comments' ? (
          <CommentsPanel request={commentRequest} />
        ) : (
          <StructurePanel />
        )}
      </div>
    </aside>
  );
}

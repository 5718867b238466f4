/**
 * Which tab of the right-hand side panel shows. Inspector and insights are flags in the
 * view store (the panels and other code read them); the structure and comments tabs are
 * editor-local. At
 * most one shows at a time; these helpers keep the flags consistent.
 */
import type { ViewStore } from '../store/view-store.ts';
import type { EditorUiStore, SideTab } from './editor-ui.tsx';

export function visibleTab(
  panels: { inspector: boolean; insights: boolean },
  structureOpen: boolean,
  commentsOpen = false,
  questionsOpen = false,
): SideTab | null {
  if (questionsOpen) return 'questions';
  if (commentsOpen) return 'comments';
  if (structureOpen) return 'structure';
  if (panels.insights) return 'insights';
  if (panels.inspector) return 'inspector';
  return null;
}

export function showTab(view: ViewStore, ui: EditorUiStore, tab: SideTab | null): void {
  const state = view.getState();
  if (state.panels.inspector !== (tab === 'inspector'))
    state.togglePanel('inspector', tab === 'inspector');
  if (state.panels.insights !== (tab === 'insights'))
    state.togglePanel('insights', tab === 'insights');
  if (ui.getState().structureOpen !== (tab === 'structure'))
    ui.getState().setStructureOpen(tab === 'structure');
  if (ui.getState().commentsOpen !== (tab === 'comments'))
    ui.getState().setCommentsOpen(tab === 'comments');
  if (ui.getState().questionsOpen !== (tab === 'questions'))
    ui.getState().setQuestionsOpen(tab === 'questions');
}

/** A toolbar toggle: opens the tab, or closes the side panel when that tab already shows. */
export function toggleTab(view: ViewStore, ui: EditorUiStore, tab: SideTab): void {
  const { structureOpen, commentsOpen, questionsOpen } = ui.getState();
  const current = visibleTab(view.getState().panels, structureOpen, commentsOpen, questionsOpen);
  showTab(view, ui, current === tab ? null : tab);
}

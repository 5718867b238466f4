/**
 * The map editor: toolbar on top, filter bar under it, palette on the left, the canvas in
 * the middle, the side panel (inspector, insights, stages and departments) on the right,
 * and a status line at the bottom. It owns the editor's keyboard, clipboard and editing
 * commands; the app registers the file commands (new, open, save).
 */
import { useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { FilterBar, Palette, selectionTarget } from '../panels/index.ts';
import { useStores, useView } from '../store/context.tsx';
import { Canvas } from '../canvas/Canvas.tsx';
import { registerCommands, setCommandErrorReporter } from './commands.ts';
import { EditorUiProvider, createEditorUiStore } from './editor-ui.tsx';
import {
  NUDGE_FAR,
  NUDGE_STEP,
  deleteSelection,
  duplicate,
  escape,
  nudge,
  pruneSelection,
  redo,
  rename,
  selectAll,
  stepCard,
  undo,
  type EditContext,
} from './edit-actions.ts';
import { showTab, toggleTab } from './side-panels.ts';
import { useClipboardEvents } from './useClipboardEvents.ts';
import { Toolbar } from './Toolbar.tsx';
import { SidePanel } from './SidePanel.tsx';
import { StatusBar } from './StatusBar.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { PresentView } from '../present/PresentView.tsx';
import { usePresentation } from '../present/usePresentation.ts';
import { CommandPalette } from './CommandPalette.tsx';
import { useCaptureCommands } from './useCaptureCommands.ts';
import { useArrangeCommands } from './useArrangeCommands.ts';
import { ReviewPanel } from '../panels/review/ReviewPanel.tsx';
import { ReviewProvider } from '../panels/review/review-context.tsx';
import { createReviewStore } from '../panels/review/review-store.ts';
import { useReviewCommands } from '../panels/review/use-review-commands.ts';
import { useStore } from 'zustand';
import { usePptxExport } from '../export/usePptxExport.ts';
import { SessionLayer } from '../session/SessionLayer.tsx';
import './editor-shell.css';

function useEditingCommands(ctx: EditContext): void {
  useEffect(() => {
    const { view, ui } = ctx;
    return registerCommands({
      undo: () => undo(ctx),
      redo: () => redo(ctx),
      delete: () => deleteSelection(ctx),
      selectAll: () => selectAll(ctx),
      duplicate: () => duplicate(ctx),
      rename: () => rename(ctx),
      escape: () => escape(ctx),
      // False past either end: Tab then moves focus on, so the map never traps it.
      nextCard: () => stepCard(ctx, 1),
      previousCard: () => stepCard(ctx, -1),
      nudgeLeft: () => nudge(ctx, -NUDGE_STEP, 0),
      nudgeRight: () => nudge(ctx, NUDGE_STEP, 0),
      nudgeUp: () => nudge(ctx, 0, -NUDGE_STEP),
      nudgeDown: () => nudge(ctx, 0, NUDGE_STEP),
      nudgeLeftFar: () => nudge(ctx, -NUDGE_FAR, 0),
      nudgeRightFar: () => nudge(ctx, NUDGE_FAR, 0),
      nudgeUpFar: () => nudge(ctx, 0, -NUDGE_FAR),
      nudgeDownFar: () => nudge(ctx, 0, NUDGE_FAR),
      togglePalette: () => view.getState().togglePanel('palette'),
      toggleMinimap: () => view.getState().togglePanel('minimap'),
      toggleInspector: () => toggleTab(view, ui, 'inspector'),
      toggleInsights: () => toggleTab(view, ui, 'insights'),
      toggleStructure: () => toggleTab(view, ui, 'structure'),
      toggleComments: () => toggleTab(view, ui, 'comments'),
      toggleQuestions: () => toggleTab(view, ui, 'questions'),
      addComment: () => {
        const target = selectionTarget(ctx.document.getState().map, view.getState().selection);
        showTab(view, ui, 'comments');
        ui.getState().requestComment(target);
      },
      showShortcuts: () => ui.getState().showShortcuts(!ui.getState().shortcutsOpen),
    });
  }, [ctx]);

  useEffect(
    () =>
      setCommandErrorReporter((error) =>
        ctx.ui.getState().say(error instanceof Error ? error.message : String(error), 'error'),
      ),
    [ctx],
  );

  // After undo, redo or any edit, the selection keeps only what still exists.
  useEffect(() => ctx.document.subscribe(() => pruneSelection(ctx)), [ctx]);
}

export function EditorShell() {
  const { document, view } = useStores();
  const [ui] = useState(createEditorUiStore);
  const [reviews] = useState(() => createReviewStore(document.getState().map));
  const review = useStore(reviews, (state) => state.review);
  const ctx = useMemo<EditContext>(() => ({ document, view, ui }), [document, view, ui]);
  const palette = useView((state) => state.panels.palette);
  useEditingCommands(ctx);
  useCaptureCommands(ctx);
  useArrangeCommands(ctx);
  usePptxExport(ctx);
  useClipboardEvents(ctx);
  useReviewCommands(reviews, ui);
  const presentation = usePresentation();

  return (
    <EditorUiProvider store={ui}>
      <ReviewProvider store={reviews}>
        <ReactFlowProvider>
          <div className={`tm-editor${palette ? ' has-palette' : ''}`}>
            <Toolbar />
            <div className="tm-filter-row" data-keyscope="panel">
              <FilterBar />
            </div>
            <div className="tm-workspace">
              {palette ? (
                <div className="tm-left" data-keyscope="panel">
                  <Palette />
                </div>
              ) : null}
              <main className="tm-center" aria-label="Map">
                <Canvas />
                <SessionLayer />
              </main>
              {review !== null ? <ReviewPanel review={review} /> : <SidePanel />}
            </div>
            <StatusBar />
            <ShortcutsHelp />
            {presentation.presenting ? <PresentView onClose={presentation.stop} /> : null}
            <CommandPalette />
          </div>
        </ReactFlowProvider>
      </ReviewProvider>
    </EditorUiProvider>
  );
}

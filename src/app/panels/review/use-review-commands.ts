/**
 * The review column's commands: Compare with… (another map file, through the platform's open
 * dialog), Compare with last saved version, Merge conflicts; and Esc on the map closes the
 * column while it shows (Esc inside it is handled by the column itself).
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { describeParseFailure, parse } from '../../../core/parse.ts';
import { registerCommands } from '../../editor/commands.ts';
import type { EditorUiStore } from '../../editor/editor-ui.tsx';
import { useStores } from '../../store/context.tsx';
import type { ReviewStore } from './review-store.ts';

export function useReviewCommands(review: ReviewStore, ui: EditorUiStore): void {
  const { document, platform } = useStores();
  const open = useStore(review, (state) => state.review !== null);

  useEffect(() => {
    const show = review.getState().show;
    return registerCommands({
      compareWith: async () => {
        let opened;
        try {
          opened = await platform.readFileFromDialog();
        } catch (error) {
          // The host refused the bytes (not UTF-8...): its message says why.
          const lines = (error instanceof Error ? error.message : String(error)).split('\n');
          show({ kind: 'compare-failed', name: 'The file', lines });
          return;
        }
        if (opened === null) return;
        const parsed = parse(opened.text);
        const name = opened.file.name;
        show(
          parsed.ok
            ? { kind: 'compare', name, other: parsed.map }
            : { kind: 'compare-failed', name, lines: describeParseFailure(parsed.error) },
        );
      },
      compareWithSaved: () => {
        const { savedMap, file } = document.getState();
        if (savedMap === null) {
          ui.getState().say('This map has not been saved yet: there is no saved version.');
          return;
        }
        const name = file === null ? 'the map as opened' : `${file.name} as last saved`;
        show({ kind: 'compare', name, other: savedMap });
      },
      showConflicts: () => show({ kind: 'conflicts' }),
    });
  }, [review, ui, document, platform]);

  useEffect(() => {
    if (!open) return undefined;
    return registerCommands({ escape: () => review.getState().show(null) });
  }, [open, review]);
}

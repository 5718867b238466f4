/**
 * Transient state of one open editor that no other part of the app needs: where a paste
 * goes, which connection label is being edited, the shortcuts overlay, the side panel tab,
 * and the one-line status message. Like the view store it is never saved and never an
 * undo step; unlike it, the panels do not read it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { CommentTarget, Position } from '../../core/model.ts';

export interface PasteAnchor {
  stageId: string;
  departmentId: string;
  /** Top-left for the pasted group, relative to the cell. */
  at: Position;
}

export type SideTab = 'inspector' | 'insights' | 'structure' | 'comments' | 'questions';

export interface StatusMessage {
  text: string;
  tone: 'info' | 'error';
  /** Bumped so the same text shown twice is announced twice. */
  nonce: number;
}

export interface EditorUiState {
  /** The empty cell last clicked: the next paste goes there. Cleared when cards are selected. */
  pasteAnchor: PasteAnchor | null;
  /** Pastes of the current copy without an anchor, each one step further down and right. */
  pasteCount: number;
  editingConnectionId: string | null;
  shortcutsOpen: boolean;
  /** The command palette (Ctrl+K) is open. */
  commandPaletteOpen: boolean;
  /** The structure (stages and departments) tab is open; inspector and insights live in the view store. */
  structureOpen: boolean;
  /** The comments tab is open (editor-local like the structure tab). */
  commentsOpen: boolean;
  /** The "Questions to resolve" tab (map checks) is open. */
  questionsOpen: boolean;
  /** "Add comment" asked for a new comment on this target; bumped so the panel focuses again. */
  commentRequest: { target: CommentTarget; nonce: number } | null;
  status: StatusMessage | null;
  setPasteAnchor: (anchor: PasteAnchor | null) => void;
  countPaste: () => number;
  /** A new copy: its first paste lands one step from the originals again. */
  resetPasteCount: () => void;
  editConnection: (id: string | null) => void;
  showShortcuts: (open: boolean) => void;
  showCommandPalette: (open: boolean) => void;
  setStructureOpen: (open: boolean) => void;
  setCommentsOpen: (open: boolean) => void;
  setQuestionsOpen: (open: boolean) => void;
  requestComment: (target: CommentTarget) => void;
  say: (text: string, tone?: 'info' | 'error') => void;
}

export type EditorUiStore = StoreApi<EditorUiState>;

export function createEditorUiStore(): EditorUiStore {
  return createStore<EditorUiState>()((set, get) => ({
    pasteAnchor: null,
    pasteCount: 0,
    editingConnectionId: null,
    shortcutsOpen: false,
    commandPaletteOpen: false,
    structureOpen: false,
    commentsOpen: false,
    questionsOpen: false,
    commentRequest: null,
    status: null,
    setPasteAnchor: (pasteAnchor) => set({ pasteAnchor }),
    countPaste: () => {
      const next = get().pasteCount + 1;
      set({ pasteCount: next });
      return next;
    },
    resetPasteCount: () => set({ pasteCount: 0 }),
    editConnection: (editingConnectionId) => set({ editingConnectionId }),
    showShortcuts: (shortcutsOpen) => set({ shortcutsOpen }),
    showCommandPalette: (commandPaletteOpen) => set({ commandPaletteOpen }),
    setStructureOpen: (structureOpen) => set({ structureOpen }),
    setCommentsOpen: (commentsOpen) => set({ commentsOpen }),
    setQuestionsOpen: (questionsOpen) => set({ questionsOpen }),
    requestComment: (target) =>
      set((state) => ({
        commentRequest: { target, nonce: (state.commentRequest?.nonce ?? 0) + 1 },
      })),
    say: (text, tone = 'info') =>
      set((state) => ({ status: { text, tone, nonce: (state.status?.nonce ?? 0) + 1 } })),
  }));
}

const EditorUiContext = createContext<EditorUiStore | null>(null);

export function EditorUiProvider({
  store,
  children,
}: {
  store: EditorUiStore;
  children: ReactNode;
}) {
  return <EditorUiContext.Provider value={store}>{children}</EditorUiContext.Provider>;
}

export function useEditorUiStore(): EditorUiStore {
  const store = useContext(EditorUiContext);
  if (!store) throw new Error('useEditorUi outside an EditorUiProvider');
  return store;
}

export function useEditorUi<T>(selector: (state: EditorUiState) => T): T {
  return useStore(useEditorUiStore(), selector);
}

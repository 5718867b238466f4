/**
 * What the user is looking at, never saved and never an undo step: selection, filters,
 * search, open panels, inline editing, and requests to reveal a touchpoint.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EvidenceLevel, TouchpointKind } from '../../core/model.ts';

export interface Selection {
  touchpoints: readonly string[];
  connections: readonly string[];
}

export interface Filters {
  kind: TouchpointKind | 'all';
  /** Only this department's touchpoints at full strength; the rest are dimmed. */
  departmentId: string | null;
  /** Case-insensitive text search over titles, descriptions, notes, frictions, opportunities. */
  search: string;
  /** Only touchpoints of this evidence level ('none': not marked) at full strength. */
  evidence: EvidenceLevel | 'none' | 'all';
}

export interface Panels {
  inspector: boolean;
  insights: boolean;
  palette: boolean;
  minimap: boolean;
}

export interface CellCursorState {
  stageId: string;
  departmentId: string;
  /** A note row of a service blueprint (editor/cell-cursor.ts); departmentId is then empty. */
  rowId?: string;
  reveal?: boolean;
}

export interface ViewState {
  selection: Selection;
  filters: Filters;
  panels: Panels;
  /** The card whose title is being edited in place, if any. */
  renamingId: string | null;
  /** Bumped to ask the canvas to centre on a touchpoint (from insights, search, Tab). */
  reveal: { touchpointId: string; nonce: number } | null;
  /**
   * The cell the keyboard works in (arrows move it, N adds there); null until first used.
   * `reveal`: moved from the keyboard, so the canvas scrolls it into view (a click does not).
   */
  cursor: CellCursorState | null;
  /** Cards drawn highlighted (the touchpoints the open Compare view lists); null for none. */
  highlight: ReadonlySet<string> | null;
  select: (selection: Partial<Selection>) => void;
  clearSelection: () => void;
  setFilters: (filters: Partial<Filters>) => void;
  togglePanel: (panel: keyof Panels, open?: boolean) => void;
  startRenaming: (touchpointId: string | null) => void;
  revealTouchpoint: (touchpointId: string) => void;
  setCursor: (cursor: CellCursorState | null) => void;
  setHighlight: (highlight: ReadonlySet<string> | null) => void;
}

export type ViewStore = StoreApi<ViewState>;

const EMPTY: Selection = { touchpoints: [], connections: [] };

export function createViewStore(): ViewStore {
  return createStore<ViewState>()((set) => ({
    selection: EMPTY,
    filters: { kind: 'all', departmentId: null, search: '', evidence: 'all' },
    panels: { inspector: true, insights: false, palette: true, minimap: true },
    renamingId: null,
    reveal: null,
    cursor: null,
    highlight: null,
    select: (selection) =>
      set((state) => ({ selection: { ...EMPTY, ...state.selection, ...selection } })),
    clearSelection: () => set({ selection: EMPTY }),
    setFilters: (filters) => set((state) => ({ filters: { ...state.filters, ...filters } })),
    togglePanel: (panel, open) =>
      set((state) => ({ panels: { ...state.panels, [panel]: open ?? !state.panels[panel] } })),
    startRenaming: (touchpointId) => set({ renamingId: touchpointId }),
    revealTouchpoint: (touchpointId) =>
      set((state) => ({
        reveal: { touchpointId, nonce: (state.reveal?.nonce ?? 0) + 1 },
        selection: { touchpoints: [touchpointId], connections: [] },
      })),
    setCursor: (cursor) => set({ cursor }),
    setHighlight: (highlight) => set({ highlight }),
  }));
}

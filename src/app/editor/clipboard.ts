/**
 * Copy and paste of cards. The payload is JSON text, so it travels through the system
 * clipboard to another window or another copy of Touchmap (which restores it with
 * `pasteTouchpoints`: fresh ids, unknown stages and departments mapped to the target cell);
 * the editor also keeps the last copy in memory for hosts where the system clipboard is
 * out of reach.
 */
import { MAX_DEPTH, findDepthExcess } from '../../core/depth-limit.ts';
import type { Connection, JourneyMap, Position, Touchpoint } from '../../core/model.ts';
import { OperationError, pasteTouchpoints, type CopyResult } from '../../core/ops/index.ts';

export const CLIPBOARD_TAG = 'touchmap/clipboard';

export interface ClipboardContent {
  touchpoints: Touchpoint[];
  connections: Connection[];
}

/** The selected cards and the connections that run between two of them. */
export function copySelection(map: JourneyMap, ids: readonly string[]): ClipboardContent | null {
  const wanted = new Set(ids);
  const touchpoints = map.touchpoints.filter((tp) => wanted.has(tp.id));
  if (touchpoints.length === 0) return null;
  const connections = map.connections.filter((cn) => wanted.has(cn.from) && wanted.has(cn.to));
  return { touchpoints, connections };
}

export function encodeClipboard(content: ClipboardContent): string {
  return JSON.stringify({ format: CLIPBOARD_TAG, version: 1, ...content });
}

/**
 * Null for text that is not a Touchmap clipboard (the cards themselves are checked on paste).
 * Throws OperationError for cards nested deeper than a file may be: pasted, they would make
 * a map that opens but can never be saved.
 */
export function decodeClipboard(text: string): ClipboardContent | null {
  if (!text.includes(CLIPBOARD_TAG)) return null;
  // Cards sit as deep in the clipboard ({ touchpoints: [card] }) as in a file, so one limit fits.
  const excess = findDepthExcess(text);
  if (excess) {
    throw new OperationError(
      `The copied cards are nested more than ${MAX_DEPTH} levels deep at ${excess.path}; a Touchmap map may nest at most ${MAX_DEPTH} levels, so nothing was pasted.`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { format, touchpoints, connections } = value as Record<string, unknown>;
  if (format !== CLIPBOARD_TAG || !Array.isArray(touchpoints) || touchpoints.length === 0) {
    return null;
  }
  return {
    touchpoints: touchpoints as Touchpoint[],
    connections: Array.isArray(connections) ? (connections as Connection[]) : [],
  };
}

export type PasteTarget =
  /** Into one cell, the group's top-left at `at` (relative to the cell). */
  | { kind: 'cell'; stageId: string; departmentId: string; at: Position }
  /** Each card into its own cell (when this map has it), shifted by `offset`. */
  | { kind: 'offset'; offset: Position };

/**
 * Pastes a clipboard into the map. Throws OperationError when the clipboard holds cards the
 * format refuses (pasteTouchpoints checks each one).
 */
export function pasteInto(
  map: JourneyMap,
  content: ClipboardContent,
  target: PasteTarget,
): CopyResult {
  if (target.kind === 'offset') {
    return pasteTouchpoints(map, content.touchpoints, content.connections, {
      offset: target.offset,
    });
  }
  const x0 = Math.min(...content.touchpoints.map((tp) => Math.max(0, tp.position?.x ?? 0)));
  const y0 = Math.min(...content.touchpoints.map((tp) => Math.max(0, tp.position?.y ?? 0)));
  const moved = content.touchpoints.map((tp) => ({
    ...tp,
    stageId: target.stageId,
    departmentId: target.departmentId,
    position: {
      ...tp.position,
      x: Math.max(0, tp.position?.x ?? 0) - x0 + target.at.x,
      y: Math.max(0, tp.position?.y ?? 0) - y0 + target.at.y,
    },
  }));
  return pasteTouchpoints(map, moved, content.connections, {
    stageId: target.stageId,
    departmentId: target.departmentId,
  });
}

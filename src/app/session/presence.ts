/**
 * Presence in a shared session, without React or the network: what one participant tells
 * the others through Yjs awareness (name, colour, pointer, selection, viewport), read back
 * from the others' states through a schema (awareness is as untrusted as any message: a
 * malformed state is left out, never drawn) and who the view link follows (the viewport a
 * follower takes is follow-viewport.ts).
 */
import { z } from 'zod';

export type SessionMode = 'edit' | 'view';

export interface FlowPoint {
  x: number;
  y: number;
}

/** A React Flow viewport and the size of the pane it shows. */
export interface SharedViewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface PresenceState {
  name: string;
  color: string;
  mode: SessionMode;
  /** The desktop app that shares the map (what a view link follows first). */
  host: boolean;
  /** When this participant joined (ms since the epoch): the view link follows the earliest editor. */
  joined: number;
  /** The pointer over the map, in map coordinates; null while it is elsewhere. */
  cursor: FlowPoint | null;
  selection: readonly string[];
  viewport: SharedViewport | null;
}

export interface Participant extends PresenceState {
  clientId: number;
  self: boolean;
}

/** Long enough for a person's name, short enough that one label never covers the map. */
export const NAME_LIMIT = 40;
/** More selected cards than this are not outlined for others (a Select All is not news). */
const SELECTION_LIMIT = 200;

const finite = z.number().finite();
const presenceSchema = z.object({
  name: z.string().min(1).max(NAME_LIMIT),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  mode: z.enum(['edit', 'view']),
  host: z.boolean(),
  joined: finite,
  cursor: z.object({ x: finite, y: finite }).nullable(),
  selection: z.array(z.string().max(200)).max(SELECTION_LIMIT),
  viewport: z
    .object({
      x: finite,
      y: finite,
      zoom: finite.positive(),
      width: finite.positive(),
      height: finite.positive(),
    })
    .nullable(),
});

/** Readable on light and dark canvases, and told apart from each other. */
const PRESENCE_COLORS = [
  '#d9480f',
  '#1971c2',
  '#2f9e44',
  '#ae3ec9',
  '#c2255c',
  '#0c8599',
  '#e67700',
  '#5f3dc4',
] as const;

/**
 * A participant's colour: from their client id, moved on to the next one nobody in the
 * session wears yet (two people in one colour cannot be told apart on the map).
 */
export function presenceColor(clientId: number, taken: Iterable<string> = []): string {
  const used = new Set(taken);
  const start = Math.abs(clientId) % PRESENCE_COLORS.length;
  for (let step = 0; step < PRESENCE_COLORS.length; step++) {
    const color = PRESENCE_COLORS[(start + step) % PRESENCE_COLORS.length]!;
    if (!used.has(color)) return color;
  }
  return PRESENCE_COLORS[start]!;
}

/** A name as others see it: trimmed, one line, at most NAME_LIMIT characters. */
export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, NAME_LIMIT);
}

/**
 * The participants from awareness states (own state included, marked `self`), ordered by
 * when they joined. A state that does not match the schema (an old or hostile client, or
 * one that has not said who it is yet) is left out.
 */
export function readParticipants(
  states: ReadonlyMap<number, unknown>,
  selfId: number,
): Participant[] {
  const participants: Participant[] = [];
  for (const [clientId, state] of states) {
    const parsed = presenceSchema.safeParse(state);
    if (parsed.success) participants.push({ ...parsed.data, clientId, self: clientId === selfId });
  }
  return participants.sort((a, b) => a.joined - b.joined || a.clientId - b.clientId);
}

/**
 * Who a view link follows: the sharing desktop app if it is in, else the editor who joined
 * first (at a workshop, the facilitator who opened the session). Never oneself.
 */
export function presenterOf(participants: readonly Participant[]): Participant | null {
  const others = participants.filter((p) => !p.self && p.mode === 'edit' && p.viewport !== null);
  return others.find((p) => p.host) ?? others[0] ?? null;
}

/**
 * The IPC contract of live sessions on the local network (issue 12): the payload schemas of
 * their channels, what main answers, and the bridge's `sessions` methods. contract.ts takes
 * the schemas into `requestSchemas` and the methods into `TouchmapBridge`.
 */
import { z } from 'zod';
import { CHANNELS } from './channels.ts';

/** A session link is an address and a token: far below this. */
const MAX_LINK_LENGTH = 2048;

export const sessionRequestSchemas = {
  [CHANNELS.shareSession]: z.undefined(),
  [CHANNELS.listFoundSessions]: z.undefined(),
  /** A pasted or chosen session link; main reads it with the session link rules. */
  [CHANNELS.joinSession]: z.strictObject({ link: z.string().min(1).max(MAX_LINK_LENGTH) }),
} as const;

/** File › Share on Local Network…: the map's window became the host's session window. */
export type ShareSessionResult =
  | { status: 'shared'; editUrl: string; viewUrl: string }
  /** The window's map has no file, or unsaved changes: the page saves first. */
  | { status: 'unsaved' }
  | { status: 'failed'; message: string };

/**
 * A session seen on the network. Its address only: hosts never broadcast a token, so
 * joining still takes the link the host hands out.
 */
export interface FoundSessionInfo {
  name: string;
  /** `http://ADDR:PORT/` */
  address: string;
}

export type JoinSessionResult = { status: 'joined' } | { status: 'invalid' };

/** `window.touchmap.sessions`. */
export interface SessionsBridge {
  /** Shares this window's saved map: the window is replaced by the host's session window. */
  share(): Promise<ShareSessionResult>;
  /** The sessions found so far (browsing starts at the first call). */
  found(): Promise<FoundSessionInfo[]>;
  /** Opens a session link in a session window; anything else is refused. */
  join(link: string): Promise<JoinSessionResult>;
}

/**
 * The relay's close codes that a page tells apart (docs/collaboration.md, "Caps"): in
 * 4400-4499, which the stock y-websocket provider takes as final (it stops reconnecting).
 * A module of their own, so the app's first bundle reads them without the wire code.
 */
export const CLOSE_REMOVED = 4403;
export const CLOSE_ENDED = 4410;

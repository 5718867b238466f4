/** The caps of a live session (docs/collaboration.md, "Caps"): past one, a client is disconnected. */
export const SESSION_LIMITS = {
  /** One message on the socket: an update, a sync step or an awareness state. */
  updateBytes: 1_048_576,
  /** The whole shared document, as one encoded update. */
  documentBytes: 20_971_520,
  participants: 64,
} as const;

/**
 * The host-control message of the relay's socket (docs/collaboration.md, "Host control"):
 * message type 64 on the y-websocket protocol, then an action. Only a socket opened with the
 * session's host token may send it; the relay closes any other sender as malformed. Shared
 * by the relay (reads) and the facilitator's page (writes).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Past y-websocket's own types (0 sync, 1 awareness, 2 auth, 3 query awareness). */
export const MESSAGE_HOST_CONTROL = 64;

const ACTION_REMOVE = 0;
const ACTION_END = 1;

export type HostControl =
  /** Disconnects the socket that speaks for this awareness client id (a participant's doc). */
  | { action: 'remove'; clientId: number }
  /** Ends the session: everyone is disconnected and the host saves the map. */
  | { action: 'end' };

/** A message a WebSocket's send takes as it is (a plain ArrayBuffer under it). */
export function hostControlMessage(control: HostControl): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_HOST_CONTROL);
  if (control.action === 'remove') {
    encoding.writeVarUint(encoder, ACTION_REMOVE);
    encoding.writeVarUint(encoder, control.clientId);
  } else {
    encoding.writeVarUint(encoder, ACTION_END);
  }
  return new Uint8Array(encoding.toUint8Array(encoder));
}

/** The control after the message type, or null for an unknown action (malformed). */
export function readHostControl(decoder: decoding.Decoder): HostControl | null {
  const action = decoding.readVarUint(decoder);
  if (action === ACTION_REMOVE)
    return { action: 'remove', clientId: decoding.readVarUint(decoder) };
  if (action === ACTION_END) return { action: 'end' };
  return null;
}

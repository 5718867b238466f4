/**
 * The y-websocket wire protocol (docs/collaboration.md, "Wire protocol"): a varUint message
 * type, then a y-protocols sync message (step 1, step 2, update), an awareness update, or the
 * host's control message (src/session/host-control.ts). Reading is strict: anything else, or
 * bytes left over, is a malformed message.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  MESSAGE_HOST_CONTROL,
  readHostControl,
  type HostControl,
} from '../../session/host-control.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;

export type ClientMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' }
  | { kind: 'host-control'; control: HostControl };

/** A client's message, or null when it is malformed. */
export function readClientMessage(data: Uint8Array): ClientMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage | null = null;
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === syncProtocol.messageYjsSyncStep1) {
        Y.decodeStateVector(payload);
        message = { kind: 'sync-step-1', stateVector: payload };
      } else if (
        step === syncProtocol.messageYjsSyncStep2 ||
        step === syncProtocol.messageYjsUpdate
      ) {
        // Decoding finds a malformed update before it can reach the shared doc.
        Y.decodeUpdate(payload);
        message = { kind: 'update', update: payload };
      }
    } else if (type === MESSAGE_AWARENESS) {
      message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      message = { kind: 'query-awareness' };
    } else if (type === MESSAGE_HOST_CONTROL) {
      const control = readHostControl(decoder);
      message = control === null ? null : { kind: 'host-control', control };
    } else if (type === MESSAGE_AUTH) {
      // The server never asks a client for auth; a client sending one is ignored.
      message = { kind: 'auth' };
    }
    return message !== null && !decoding.hasContent(decoder) ? message : null;
  } catch {
    return null;
  }
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Keeps a shared doc under its size cap without encoding it on every update: a running upper
 * bound (the last exact size plus every update since) is checked first, and the doc is only
 * measured when the bound would pass the cap.
 */
import * as Y from 'yjs';

export class DocumentSizeGuard {
  private bound: number;

  constructor(
    private readonly doc: Y.Doc,
    private readonly cap: number,
  ) {
    this.bound = Y.encodeStateAsUpdate(doc).byteLength;
  }

  /** Whether `update` may be applied; counts it when it may. */
  admits(update: Uint8Array): boolean {
    if (this.bound + update.byteLength <= this.cap) {
      this.bound += update.byteLength;
      return true;
    }
    // Measured as merged: a reconnecting client resends much the doc already holds.
    const merged = Y.mergeUpdates([Y.encodeStateAsUpdate(this.doc), update]).byteLength;
    if (merged > this.cap) return false;
    this.bound = merged;
    return true;
  }
}

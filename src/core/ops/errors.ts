/**
 * Thrown by an edit operation called with arguments that cannot give a valid map (an
 * unknown id, a value out of range, removing the last stage). It signals a bug in the
 * caller or input the UI should have refused: an operation never returns an invalid map
 * instead, so a document in the store is always one the file format accepts.
 */
export class OperationError extends Error {
  override name = 'OperationError';
}

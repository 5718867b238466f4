/**
 * Pure edit operations on a map, for the editor (each op is one undo step), templates and
 * the CLI. Every op returns a new map and leaves its input untouched, keeps keys it does
 * not know, and either returns a map the file format accepts or throws `OperationError`.
 * Ops never read the clock or a random source: times and map ids are arguments.
 */
export { OperationError } from './errors.ts';
export { ID_PREFIXES, allIds, idAllocator, slugify, uniqueId } from './ids.ts';
export {
  clearPersona,
  setDescription,
  setNps,
  setPersona,
  setTitle,
  touchUpdatedAt,
} from './document.ts';
export {
  addTouchpoint,
  moveTouchpoint,
  moveTouchpoints,
  removeTouchpoints,
  setTouchpointsEvidence,
  updateTouchpoint,
  type NewTouchpoint,
  type TouchpointMove,
  type TouchpointPatch,
} from './touchpoints.ts';
export { duplicateTouchpoints, pasteTouchpoints, type CopyResult } from './clipboard.ts';
export { countTouchpointsIn } from './lanes.ts';
export { arrangeCells, arrangeMap, arrangeStage, tidyOverlaps } from './arrange.ts';
export { addStage, removeStage, renameStage, reorderStage, setStageDescription } from './stages.ts';
export {
  addDepartment,
  nextDepartmentColor,
  recolorDepartment,
  removeDepartment,
  renameDepartment,
  reorderDepartment,
} from './departments.ts';
export {
  addConnection,
  findConnection,
  removeConnections,
  setConnectionLabel,
} from './connections.ts';
export {
  addFriction,
  addOpportunity,
  removeFriction,
  removeOpportunity,
  updateFriction,
  updateOpportunity,
} from './items.ts';
export {
  addComment,
  deleteComment,
  editCommentText,
  replyToComment,
  setCommentResolved,
} from './comments.ts';
export { createBlankMap, createMapFromTemplate } from './create.ts';
export {
  recordsValues,
  resolveConflict,
  valueAtPath,
  type ConflictSide,
} from './resolve-conflict.ts';
export { futureStateTitle, makeFutureStateCopy, setMapState } from './future-state.ts';
export { addRow, moveRow, removeRow, renameRow, setDepartmentLayer, setRowHidden } from './rows.ts';
export { addNote, editNote, moveNote, removeNotes } from './notes.ts';
export { setScenario, setStageExpectations } from './blueprint-text.ts';

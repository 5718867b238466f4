import { useCallback } from 'react';
import { OperationError } from '../../../core/ops/errors.ts';
import type { JourneyMap } from '../../../core/model.ts';
import { useStores } from '../../store/context.tsx';

export type Edit = (map: JourneyMap) => JourneyMap;

/**
 * Applies one edit to the open document as one undo step. Returns null when it went
 * through, or the message of the OperationError that refused it (the map is then
 * unchanged), for the panel to show next to the field. Other errors are bugs: rethrown.
 */
export function useApply(): (edit: Edit) => string | null {
  const { document } = useStores();
  return useCallback(
    (edit: Edit) => {
      try {
        document.getState().apply(edit);
        return null;
      } catch (error) {
        if (error instanceof OperationError) return error.message;
        throw error;
      }
    },
    [document],
  );
}

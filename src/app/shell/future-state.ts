/**
 * "Make future-state copy": the open map copied as its future state (core/ops/future-state.ts:
 * the same ids, `state: "future"`, `basedOn` the open map) under a new map id, opened in its
 * place as a new unsaved document, the way a template or an imported table opens. The
 * current map stays as it is on disk: an unsaved one is offered a save first.
 */
import { makeFutureStateCopy } from '../../core/ops/index.ts';
import type { CommandHandlers } from '../editor/commands.ts';
import { confirmReplace, type DocumentHost } from './document-actions.ts';
import { createSession, newMapId, systemEntropy } from './session.ts';

/** False when there is no map open, or the user cancelled the save question. */
async function makeFutureState(host: DocumentHost): Promise<boolean> {
  const session = host.getSession();
  if (session === null) return false;
  const { map } = session.document.getState();
  if (!(await confirmReplace(host))) return false;
  const entropy = host.entropy ?? systemEntropy;
  const copy = makeFutureStateCopy(map, {
    id: newMapId(`${map.title} future`, entropy),
    now: entropy.now(),
  });
  // Unsaved (dirty): unlike a template, it is the user's own work that closing would lose.
  host.setSession(createSession({ map: copy, dirty: true }, entropy));
  return true;
}

export function futureStateCommands(host: DocumentHost): CommandHandlers {
  return {
    makeFutureState: async () => {
      await makeFutureState(host);
    },
  };
}

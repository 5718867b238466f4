/**
 * "Make future-state copy": the open map copied as its future state (core/ops/future-state.ts:
 * the same ids, `state: "future"`, `basedOn` the open map) under a new map id, as a new unsaved
 * document. On the desktop it opens in a new window, beside the current map, the way people
 * compare current and future side by side; main parses the text like a file's first. In the
 * browser (one document per tab) it opens in place, the way a template or an imported table
 * opens, and an unsaved current map is offered a save first.
 */
import { makeFutureStateCopy } from '../../core/ops/index.ts';
import { serialize } from '../../core/serialize.ts';
import type { CommandHandlers } from '../editor/commands.ts';
import { desktopShellOf } from '../platform/host-services.ts';
import { confirmReplace, type DocumentHost } from './document-actions.ts';
import { tell } from './dialogs.ts';
import { createSession, newMapId, systemEntropy } from './session.ts';

/** False when there is no map open, the user cancelled the save question, or it failed. */
async function makeFutureState(host: DocumentHost): Promise<boolean> {
  const session = host.getSession();
  if (session === null) return false;
  const desktop = desktopShellOf(host.platform);
  if (desktop === null && !(await confirmReplace(host))) return false;
  const { map } = session.document.getState();
  const entropy = host.entropy ?? systemEntropy;
  const copy = makeFutureStateCopy(map, {
    id: newMapId(`${map.title} future`, entropy),
    now: entropy.now(),
  });
  if (desktop !== null) {
    let problem: string;
    try {
      const result = await desktop.openMapInNewWindow(serialize(copy));
      if (result.status === 'opened') return true;
      problem = result.message;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    await tell(host.dialogs, {
      title: 'The future-state copy could not be opened',
      lines: [problem, 'The current map is unchanged.'],
      tone: 'error',
    });
    return false;
  }
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

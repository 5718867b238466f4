/**
 * The desktop app's File › Share on Local Network… and Join Session… on the page's side.
 * Sharing needs the map saved as it is on screen (the host reads and saves that file), so an
 * unsaved map is offered a save first; then main replaces this window by the session window,
 * whose Invite dialog shows the links. Join opens the Join Session dialog. Registered only
 * where the host has a desktop shell: the browser build has neither command.
 */
import type { ShareSessionResult } from '../../ipc/session-contract.ts';
import type { CommandHandlers } from '../editor/commands.ts';
import type { DesktopShell } from '../platform/electron.ts';
import { saveDocument, type DocumentHost } from '../shell/document-actions.ts';
import { tell } from '../shell/dialogs.ts';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function askToSave(host: DocumentHost): Promise<boolean> {
  const choice = await host.dialogs.ask<'save' | 'cancel'>({
    title: 'Save the map before sharing it?',
    lines: [
      'A shared map is kept in its file: everyone’s edits are saved there as the session goes on.',
    ],
    buttons: [
      { label: 'Save and Share', value: 'save', kind: 'primary' },
      { label: 'Cancel', value: 'cancel' },
    ],
    cancelValue: 'cancel',
  });
  return choice === 'save' && (await saveDocument(host, { as: false }));
}

/** True when the window became the session's. */
async function shareOnNetwork(host: DocumentHost, desktop: DesktopShell): Promise<boolean> {
  if (host.getSession() === null) {
    await tell(host.dialogs, {
      title: 'Open a map to share it',
      lines: ['Share on Local Network shares the map of this window.'],
    });
    return false;
  }
  let result: ShareSessionResult;
  try {
    result = await desktop.sessions.share();
    if (result.status === 'unsaved') {
      if (!(await askToSave(host))) return false;
      result = await desktop.sessions.share();
    }
  } catch (error) {
    result = { status: 'failed', message: errorText(error) };
  }
  if (result.status === 'shared') return true;
  await tell(host.dialogs, {
    title: 'The map could not be shared',
    lines: [
      result.status === 'failed' ? result.message : 'The map has changes that are not saved.',
    ],
    tone: 'error',
  });
  return false;
}

export function desktopSessionCommands(
  host: DocumentHost,
  desktop: DesktopShell,
  openJoinDialog: () => void,
): CommandHandlers {
  return {
    shareOnNetwork: async () => {
      await shareOnNetwork(host, desktop);
    },
    joinSession: () => openJoinDialog(),
  };
}

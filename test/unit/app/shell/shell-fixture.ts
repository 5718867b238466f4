/**
 * A shell context for the shell's parts, in Node: a memory platform (or the Electron adapter
 * over the fake bridge of the dom tests), real dialogs answered by the test, and a document
 * host that shows sessions in the app store.
 */
import { readFileSync } from 'node:fs';
import { expect, vi } from 'vitest';
import { createDialogs, type Dialogs, type DialogSpec } from '../../../../src/app/shell/dialogs.ts';
import type { DocumentHost } from '../../../../src/app/shell/document-actions.ts';
import { createSession, type Entropy, type Session } from '../../../../src/app/shell/session.ts';
import { createAppStore, type ShellContext } from '../../../../src/app/shell/shell-context.ts';
import { desktopShellOf } from '../../../../src/app/platform/host-services.ts';
import { createElectronPlatform } from '../../../../src/app/platform/electron.ts';
import type { Platform } from '../../../../src/app/platform/platform.ts';
import { parse } from '../../../../src/core/parse.ts';
import { FakeBridge } from '../../../dom/shell/fake-bridge.ts';

export const SMALL = readFileSync('test/fixtures/e2e/small.touchmap', 'utf8');
export const BROKEN = readFileSync('test/fixtures/e2e/broken.touchmap', 'utf8');

export function smallMap() {
  const result = parse(SMALL);
  if (!result.ok) throw new Error('small.touchmap does not parse');
  return result.map;
}

export function testEntropy(): Entropy {
  let n = 0;
  return { uuid: () => `id-${++n}`, now: () => '2026-12-06T12:00:00.000Z' };
}

export interface Fixture {
  ctx: ShellContext;
  notes: string[];
}

export function shellFixture(platform: Platform, initial: Session | null = null): Fixture {
  const store = createAppStore(initial);
  const dialogs = createDialogs();
  const entropy = testEntropy();
  const notes: string[] = [];
  const host: DocumentHost = {
    platform,
    dialogs,
    entropy,
    getSession: () => store.getState().session,
    setSession: (session) => store.setState({ session, starting: false }),
    notify: (message) => void notes.push(message),
  };
  return {
    ctx: { platform, desktop: desktopShellOf(platform), store, dialogs, entropy, host },
    notes,
  };
}

export function desktopPlatform(configure: (bridge: FakeBridge) => void = () => {}) {
  const bridge = new FakeBridge();
  configure(bridge);
  return { bridge, platform: createElectronPlatform(bridge) };
}

export function openSession(
  fixture: Fixture,
  init: { dirty?: boolean; file?: { token: string; name: string } | null } = {},
): Session {
  const session = createSession(
    { map: smallMap(), file: init.file ?? null, dirty: init.dirty ?? false },
    fixture.ctx.entropy,
  );
  fixture.ctx.store.setState({ session, starting: false });
  return session;
}

/** The dialog on screen, once one shows. */
export async function nextDialog(dialogs: Dialogs): Promise<DialogSpec> {
  await vi.waitFor(() => expect(dialogs.store.getState().current).not.toBeNull());
  return dialogs.store.getState().current!.spec;
}

/** Waits for a dialog, checks its title, answers it. */
export async function answer(dialogs: Dialogs, title: RegExp, value: string): Promise<DialogSpec> {
  const spec = await nextDialog(dialogs);
  expect(spec.title).toMatch(title);
  dialogs.answer(value);
  return spec;
}

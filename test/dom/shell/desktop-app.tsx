/** The whole renderer over a fake bridge, as the desktop app starts it, for the dom tests. */
import { act, render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { createAppController, type AppController } from '../../../src/app/shell/app-controller.ts';
import { createElectronPlatform } from '../../../src/app/platform/electron.ts';
import { FakeBridge } from './fake-bridge.ts';

export interface DesktopApp {
  bridge: FakeBridge;
  controller: AppController;
  view: ReturnType<typeof render>;
}

/** Renders the app on a fake bridge (set up by `configure`) and waits for `ready()`. */
export async function startDesktopApp(
  configure: (bridge: FakeBridge) => void = () => {},
): Promise<DesktopApp> {
  const bridge = new FakeBridge();
  configure(bridge);
  window.touchmap = bridge;
  const controller = createAppController({ platform: createElectronPlatform(bridge) });
  const view = render(<App platform={controller.platform} controller={controller} />);
  await waitFor(() => expect(bridge.methods()).toContain('ready'));
  await act(async () => {});
  return { bridge, controller, view };
}

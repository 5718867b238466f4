import { describe, expect, it } from 'vitest';
import { EVENTS } from '../../../src/ipc/contract.ts';
import { readyWindow, setupDesktop } from './fakes.ts';

describe('preferences', () => {
  it('applies the theme and tells every window', async () => {
    const env = await setupDesktop();
    const one = readyWindow(env.desktop);
    const two = readyWindow(env.desktop);
    env.desktop.preferences.setPreferences({ theme: 'dark' });
    expect(env.shell.themes.at(-1)).toBe('dark');
    expect(env.shell.sentTo(one, EVENTS.preferencesChanged)).toEqual([
      expect.objectContaining({ theme: 'dark' }),
    ]);
    expect(env.shell.sentTo(two, EVENTS.preferencesChanged)).toHaveLength(1);
  });
});

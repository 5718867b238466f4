import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  EVENTS,
  MENU_COMMANDS,
  RENDERER_MENU_COMMANDS,
  draftSchema,
  fileRefSchema,
  requestSchemas,
} from '../../../src/ipc/contract.ts';
import {
  DEFAULT_USER_PREFERENCES,
  userPreferencesPatchSchema,
  userPreferencesSchema,
} from '../../../src/ipc/preferences.ts';

describe('the IPC contract', () => {
  it('has one distinct channel per action, each with a payload schema', () => {
    const channels = Object.values(CHANNELS);
    const events = Object.values(EVENTS);
    expect(new Set([...channels, ...events]).size).toBe(channels.length + events.length);
    expect(Object.keys(requestSchemas).sort()).toEqual([...channels].sort());
    for (const channel of [...channels, ...events]) expect(channel).toMatch(/^touchmap:[a-z:-]+$/);
  });

  it('lists each menu command once; the page gets a subset', () => {
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length);
    for (const command of RENDERER_MENU_COMMANDS) expect(MENU_COMMANDS).toContain(command);
    for (const native of ['cut', 'copy', 'paste', 'fullScreen', 'open', 'close']) {
      expect(RENDERER_MENU_COMMANDS).not.toContain(native);
    }
  });

  it('has valid default preferences, and patches that replace whole keys', () => {
    expect(userPreferencesSchema.parse(DEFAULT_USER_PREFERENCES)).toEqual(DEFAULT_USER_PREFERENCES);
    expect(userPreferencesPatchSchema.safeParse({}).success).toBe(true);
    expect(userPreferencesPatchSchema.safeParse({ pdf: { pageSize: 'A3' } }).success).toBe(false);
    expect(
      userPreferencesPatchSchema.safeParse({ newMap: { stages: [], departments: [] } }).success,
    ).toBe(false);
  });

  it('takes a session link and a serialised map as strict, bounded payloads', () => {
    const join = requestSchemas[CHANNELS.joinSession];
    expect(join.safeParse({ link: 'http://10.0.0.2:5000/?session=abc' }).success).toBe(true);
    for (const bad of [
      {},
      { link: '' },
      { link: 'x'.repeat(2049) },
      { link: 1 },
      { link: 'a', x: 1 },
    ]) {
      expect(join.safeParse(bad).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
    const open = requestSchemas[CHANNELS.openMapInNewWindow];
    expect(open.safeParse({ text: '{}' }).success).toBe(true);
    expect(open.safeParse({ text: '' }).success).toBe(false);
    expect(open.safeParse({ text: '{}', path: '/etc/passwd' }).success).toBe(false);
    for (const channel of [CHANNELS.shareSession, CHANNELS.listFoundSessions]) {
      expect(requestSchemas[channel].safeParse(undefined).success).toBe(true);
      expect(requestSchemas[channel].safeParse({ file: '/a' }).success).toBe(false);
    }
    // Stop Sharing is done by main; Share and Join reach the page (it saves first, or asks).
    expect(RENDERER_MENU_COMMANDS).not.toContain('stopSharing');
    expect(RENDERER_MENU_COMMANDS).toContain('shareOnNetwork');
    expect(RENDERER_MENU_COMMANDS).toContain('joinSession');
  });

  it('accepts tokens and document ids only from a safe alphabet', () => {
    expect(fileRefSchema.safeParse({ token: 'aZ09_-aZ09_-aZ09', name: 'x' }).success).toBe(true);
    for (const token of ['short', '../../../../etc/passwd', 'a b c d e f g h i', 'x'.repeat(200)]) {
      expect(fileRefSchema.safeParse({ token, name: 'x' }).success, token).toBe(false);
    }
    const draft = {
      documentId: 'a',
      title: '',
      file: null,
      text: '',
      savedAt: '2026-01-01T00:00:00+01:00',
    };
    expect(draftSchema.safeParse(draft).success).toBe(true);
    expect(draftSchema.safeParse({ ...draft, documentId: 'a.b' }).success).toBe(false);
  });
});

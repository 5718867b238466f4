import { describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/c' }, (p) => p === '/opt/c')).toBe('/opt/c');
  });
  it('refuses a CHROMIUM_PATH that does not exist', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(/CHROMIUM_PATH/);
  });
  it('falls back to the usual system paths', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium-browser')).toBe(
      '/usr/bin/chromium-browser',
    );
  });
  it('fails with a one-line install hint when there is none', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium/);
  });
});

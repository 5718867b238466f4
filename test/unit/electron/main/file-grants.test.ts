import { describe, expect, it } from 'vitest';
import { FileAccessError, FileGrants } from '../../../../electron/main/file-grants.ts';

const stamp = { mtimeMs: 1, size: 2, hash: 'a'.repeat(64) };

describe('FileGrants', () => {
  it('grants a file to one window, under an opaque token naming only the file', () => {
    const grants = new FileGrants({ platform: 'linux' });
    const ref = grants.grant(1, '/home/ann/maps/hotel.touchmap', 'edit', { stamp });
    expect(ref.name).toBe('hotel.touchmap');
    expect(ref.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(ref.token).not.toContain('hotel');
    expect(grants.resolve(1, ref.token)).toEqual({
      token: ref.token,
      path: '/home/ann/maps/hotel.touchmap',
      access: 'edit',
      stamp,
    });
  });

  it("refuses another window's token, and unknown ones", () => {
    const grants = new FileGrants();
    const ref = grants.grant(1, '/maps/a.touchmap', 'edit');
    expect(grants.resolve(2, ref.token)).toBeNull();
    expect(() => grants.require(2, ref.token, ['edit'])).toThrow(FileAccessError);
    expect(() => grants.require(1, 'x'.repeat(32), ['edit'])).toThrow(/not given that file/);
  });

  it('refuses a token used beyond its access', () => {
    const grants = new FileGrants();
    const pdf = grants.grant(1, '/out/map.pdf', 'export');
    const recent = grants.grant(1, '/maps/r.touchmap', 'read');
    expect(() => grants.require(1, pdf.token, ['read', 'edit'])).toThrow(/may not do that/);
    expect(() => grants.require(1, recent.token, ['edit'])).toThrow(FileAccessError);
    expect(grants.require(1, recent.token, ['read', 'edit']).path).toBe('/maps/r.touchmap');
  });

  it('keeps one token per file and window; never weakens unless told to', () => {
    const grants = new FileGrants({ platform: 'darwin' });
    const a = grants.grant(1, '/Maps/A.touchmap', 'edit', { stamp });
    const again = grants.grant(1, '/maps/a.touchmap', 'read');
    expect(again.token).toBe(a.token);
    expect(grants.resolve(1, a.token)).toMatchObject({ access: 'edit', stamp });
    grants.grant(1, '/maps/a.touchmap', 'read', { replace: true, stamp: null });
    expect(grants.resolve(1, a.token)).toMatchObject({ access: 'read', stamp: null });
    const other = grants.grant(2, '/Maps/A.touchmap', 'edit');
    expect(other.token).not.toBe(a.token);
  });

  it('forgets everything of a closed window', () => {
    const grants = new FileGrants();
    const ref = grants.grant(1, '/a', 'edit');
    grants.grant(2, '/a', 'edit');
    grants.revokeWindow(1);
    expect(grants.resolve(1, ref.token)).toBeNull();
    expect(grants.count(1)).toBe(0);
    expect(grants.count(2)).toBe(1);
  });

  it('names files of Windows paths by their name', () => {
    const grants = new FileGrants({ platform: 'win32' });
    expect(grants.grant(1, 'C:\\Users\\ann\\Map.touchmap', 'edit').name).toBe('Map.touchmap');
  });
});

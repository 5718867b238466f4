import { describe, expect, it } from 'vitest';
import { readSessionLink, sessionLink } from '../../../src/session/links.ts';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

describe('session links', () => {
  it('writes and reads back the edit and view links', () => {
    const edit = sessionLink('http://192.168.1.20:8080/', token, 'edit');
    expect(edit).toBe(`http://192.168.1.20:8080/?session=${token}`);
    expect(readSessionLink(edit)).toEqual({
      base: 'http://192.168.1.20:8080/',
      token,
      mode: 'edit',
    });
    const view = sessionLink('http://192.168.1.20:8080/somewhere?x=1#top', token, 'view');
    expect(view).toBe(`http://192.168.1.20:8080/somewhere?view=${token}`);
    expect(readSessionLink(`  ${view}\n`)?.mode).toBe('view');
  });

  it('refuses what is not a session link', () => {
    expect(readSessionLink('not a link')).toBeNull();
    expect(readSessionLink('http://host:1/?session=short')).toBeNull();
    expect(readSessionLink(`file:///x?session=${token}`)).toBeNull();
    expect(readSessionLink('http://host:1/')).toBeNull();
  });
});

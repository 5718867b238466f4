import { describe, expect, it } from 'vitest';
import { pageLinks } from '../../../../src/app/session/share-links.ts';
import { hostLink, readSessionLink } from '../../../../src/session/links.ts';

const TOKEN = 'a'.repeat(32);
const VIEW = 'b'.repeat(32);
const HOST = 'c'.repeat(32);
const edit = `http://192.168.1.5:4321/?session=${TOKEN}`;
const view = `http://192.168.1.5:4321/?view=${VIEW}`;

describe('page links', () => {
  it('gives the host page both links, and the join link without the host token', () => {
    const hostUrl = hostLink(edit, view, HOST);
    expect(readSessionLink(hostUrl)?.hostToken).toBe(HOST);
    const links = pageLinks(hostUrl);
    expect(links).toEqual({ join: edit, host: true, view });
    expect(readSessionLink(links.join)).toEqual({
      base: 'http://192.168.1.5:4321/',
      token: TOKEN,
      mode: 'edit',
    });
  });

  it('gives a participant their own edit link only', () => {
    expect(pageLinks(edit)).toEqual({ join: edit, host: false, view: null });
  });

  it('takes no host token that is not one, and none on a view link', () => {
    expect(pageLinks(`${edit}&host=1#view=${encodeURIComponent(view)}`)).toEqual({
      join: edit,
      host: false,
      view: null,
    });
    expect(readSessionLink(`${view}&host=${HOST}`)?.hostToken).toBeUndefined();
  });

  it('never shows a view link of another origin', () => {
    const url = `${edit}&host=${HOST}#view=${encodeURIComponent('http://evil.example/?view=x')}`;
    expect(pageLinks(url).view).toBeNull();
  });
});

/**
 * The help's Markdown renderer (marked's tokens drawn as React elements): headings, lists,
 * code, tables, which links may leave the app, raw HTML left out, and the two bundled
 * documents drawn whole inside the Help dialog.
 */
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpDialog } from '../../../src/app/shell/HelpDialog.tsx';
import { Markdown, isExternalHref, slug } from '../../../src/app/shell/markdown.tsx';

afterEach(cleanup);

function draw(source: string): HTMLElement {
  const { container } = render(<Markdown source={source} className="md" />);
  return container.querySelector('.md') as HTMLElement;
}

/** The text of each heading line of a Markdown file, as a reader sees it. */
function headingsOf(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => line.replace(/^#+ /, '').replace(/`/g, ''));
}

describe('Markdown', () => {
  it('puts headings under the dialog title, each with an id', () => {
    const md = draw('# Touchmap user guide\n\n## Start a map\n\n#### Deep *one*\n\n###### Six');
    expect(md.querySelector('h3')?.textContent).toBe('Touchmap user guide');
    expect(md.querySelector('h3')?.id).toBe('md-touchmap-user-guide');
    expect(md.querySelector('h4')?.id).toBe('md-start-a-map');
    expect(md.querySelector('h6 em')?.textContent).toBe('one');
    expect(md.querySelectorAll('h6')).toHaveLength(2);
    expect(slug('The `.touchmap` file, version 1')).toBe('the-touchmap-file-version-1');
  });

  it('draws bullet and numbered lists, an item going on over several lines', () => {
    const md = draw('- **Cards** show\n  the title\n- second\n\n1. one\n2. two `code`\n');
    const items = [...md.querySelectorAll('ul > li')].map((li) => li.textContent);
    expect(items).toEqual(['Cards show\nthe title', 'second']);
    expect(md.querySelector('ul strong')?.textContent).toBe('Cards');
    expect(md.querySelectorAll('ol > li')).toHaveLength(2);
    expect(md.querySelector('ol code')?.textContent).toBe('code');
    expect(md.querySelector('ol')?.hasAttribute('start')).toBe(false);
    expect(draw('3. three\n4. four').querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('keeps fenced code as written, markup and all', () => {
    const md = draw('```json\n{ "a": "<b>**not bold**</b>" }\n  indented\n```\n\nafter');
    const code = md.querySelector('pre.md-code > code');
    expect(code?.textContent).toBe('{ "a": "<b>**not bold**</b>" }\n  indented');
    expect(md.querySelector('b, strong')).toBeNull();
    expect(md.querySelector('p')?.textContent).toBe('after');
  });

  it('draws pipe tables with header cells, escaped pipes and alignment', () => {
    const md = draw(
      '| keys | action |\n| ---- | :----: |\n| Mod+`+` | zoom \\| in |\n| Esc | clear |',
    );
    const table = md.querySelector('.md-table-wrap > table') as HTMLElement;
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((th) => th.textContent)).toEqual(['keys', 'action']);
    expect(heads[0]?.getAttribute('scope')).toBe('col');
    const cells = [...table.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['Mod++', 'zoom | in', 'Esc', 'clear']);
    expect((table.querySelector('tbody td + td') as HTMLElement).style.textAlign).toBe('center');
  });

  it('makes http, https and mailto links anchors that open outside the page', () => {
    const md = draw(
      'See [the site](https://example.org/a?b=1 "Site"), [plain](http://example.org) ' +
        'and [mail us](mailto:help@example.org).',
    );
    const links = within(md).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a?b=1',
      'http://example.org',
      'mailto:help@example.org',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(links[0]?.getAttribute('title')).toBe('Site');
  });

  it('shows other links as their text only', () => {
    const md = draw(
      '[format](file-format.md) [js](javascript:alert(1)) [file](file:///etc/passwd) ' +
        '[data](data:text/html,hi) <https://auto.example> [ftp](ftp://example.org)',
    );
    const anchors = [...md.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // The autolink is https, so it may leave; none of the others may.
    expect(anchors).toEqual(['https://auto.example']);
    expect(md.textContent).toContain('format js file data https://auto.example ftp');
    expect(isExternalHref('JavaScript:alert(1)')).toBe(false);
    expect(isExternalHref('HTTPS://example.org')).toBe(true);
  });

  it('leaves raw HTML out', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const md = draw(
      '<script>alert(1)</script>\n\nbefore <img src="x" onerror="alert(2)"> after\n\n' +
        '<div onclick="alert(3)">block</div>\n\n[<b>x</b>](https://example.org)',
    );
    expect(md.querySelector('script, img, div, b, [onerror], [onclick]')).toBeNull();
    expect(md.innerHTML).not.toContain('alert');
    expect(md.querySelector('p')?.textContent).toBe('before  after');
    expect(md.querySelector('a')?.textContent).toBe('x');
    expect(alert).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('decodes character references into text, never into markup', () => {
    const md = draw('Fish &amp; chips &#8212; &lt;img src=x onerror=alert(1)&gt; `a &amp; b`');
    expect(md.querySelector('img')).toBeNull();
    expect(md.textContent).toBe('Fish & chips — <img src=x onerror=alert(1)> a &amp; b');
  });
});

describe('Help dialog', () => {
  it.each([
    ['guide', 'docs/user-guide.md'],
    ['format', 'docs/file-format.md'],
  ] as const)('draws the whole %s (%s)', (topic, path) => {
    const errors = vi.spyOn(console, 'error');
    const source = readFileSync(path, 'utf8');
    render(<HelpDialog topic={topic} onTopic={() => {}} onClose={() => {}} />);
    const panel = within(screen.getByRole('tabpanel'));
    const headings = panel.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual(headingsOf(source));
    const tables = source.split('\n').filter((line) => /^\|\s*-/.test(line)).length;
    expect(screen.getByRole('tabpanel').querySelectorAll('table')).toHaveLength(tables);
    expect(screen.getByRole('tabpanel').querySelectorAll('li').length).toBeGreaterThan(3);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

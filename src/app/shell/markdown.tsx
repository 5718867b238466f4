/**
 * The in-app help's Markdown (the user guide and docs/file-format.md, shown offline), parsed
 * by `marked` (GitHub-flavoured: tables, fenced code, lists) and drawn as React elements from
 * its tokens, so nothing reaches innerHTML. Raw HTML in the Markdown is left out.
 *
 * Links leave the app only for http, https and mailto, as `target=_blank` anchors: in the
 * desktop app main's window-open handler turns a clicked one into a confirmation naming its
 * host (electron/main/external-links.ts), and the page itself never navigates. Other links
 * (relative ones, javascript:, file:) are shown as their text.
 */
import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import type { ReactNode } from 'react';

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Whether a link's target may be offered outside the app. */
export function isExternalHref(href: string): boolean {
  try {
    return EXTERNAL_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false; // relative, or not a URL at all
  }
}

/** The heading's anchor id: lower case, runs of anything but letters and digits as `-`. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * marked keeps character references (`&amp;`, `&#8212;`) as written, for HTML output; as a
 * React text they would show literally. An inert parsed document decodes them all; `<` is
 * escaped first so the text cannot become markup there.
 */
const CHARACTER_REFERENCE = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

function decodeEntities(text: string): string {
  if (!CHARACTER_REFERENCE.test(text)) return text;
  const doc = new DOMParser().parseFromString(text.replace(/</g, '&lt;'), 'text/html');
  return doc.documentElement.textContent;
}

function inlines(tokens: Token[] | undefined, key: string): ReactNode[] {
  return (tokens ?? []).map((token, i) => inline(token as MarkedToken, `${key}-${i}`));
}

function inline(token: MarkedToken, key: string): ReactNode {
  switch (token.type) {
    case 'text':
      return token.tokens ? inlines(token.tokens, key) : decodeEntities(token.text);
    case 'escape':
      return token.text;
    case 'codespan':
      // Character references stay as written in code (CommonMark).
      return <code key={key}>{token.text}</code>;
    case 'strong':
      return <strong key={key}>{inlines(token.tokens, key)}</strong>;
    case 'em':
      return <em key={key}>{inlines(token.tokens, key)}</em>;
    case 'del':
      return <del key={key}>{inlines(token.tokens, key)}</del>;
    case 'br':
      return <br key={key} />;
    case 'link':
      return isExternalHref(token.href) ? (
        <a
          key={key}
          href={token.href}
          title={token.title ?? undefined}
          target="_blank"
          rel="noopener noreferrer"
        >
          {inlines(token.tokens, key)}
        </a>
      ) : (
        <span key={key}>{inlines(token.tokens, key)}</span>
      );
    case 'image':
      // Offline help: no remote pictures; the description stands in.
      return decodeEntities(token.text);
    case 'checkbox':
      return (
        <input key={key} type="checkbox" checked={token.checked} disabled aria-readonly="true" />
      );
    default:
      // Raw HTML (`html`, `tag`) and anything unknown: not shown.
      return null;
  }
}

function cellAlign(align: Tokens.TableCell['align']) {
  return align ? { textAlign: align } : undefined;
}

function block(token: MarkedToken, key: string): ReactNode {
  switch (token.type) {
    case 'heading': {
      // The dialog's title is the h2: the document's own headings sit below it.
      const Tag = `h${Math.min(6, token.depth + 2)}` as 'h3' | 'h4' | 'h5' | 'h6';
      return (
        <Tag key={key} id={`md-${slug(token.text)}`}>
          {inlines(token.tokens, key)}
        </Tag>
      );
    }
    case 'paragraph':
      return <p key={key}>{inlines(token.tokens, key)}</p>;
    case 'text':
      // A tight list item's text: no paragraph around it.
      return token.tokens ? inlines(token.tokens, key) : decodeEntities(token.text);
    case 'list': {
      const items = token.items.map((item, i) => (
        <li key={i}>{blocks(item.tokens, `${key}-${i}`)}</li>
      ));
      return token.ordered ? (
        <ol key={key} start={token.start === '' || token.start === 1 ? undefined : token.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'code':
      return (
        <pre key={key} className="md-code">
          <code>{token.text}</code>
        </pre>
      );
    case 'table':
      return (
        <div key={key} className="md-table-wrap">
          <table>
            <thead>
              <tr>
                {token.header.map((cell, c) => (
                  <th key={c} scope="col" style={cellAlign(cell.align)}>
                    {inlines(cell.tokens, `${key}-h${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {token.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c} style={cellAlign(cell.align)}>
                      {inlines(cell.tokens, `${key}-${r}-${c}`)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'blockquote':
      return <blockquote key={key}>{blocks(token.tokens, key)}</blockquote>;
    case 'hr':
      return <hr key={key} />;
    default:
      // Blank lines, link definitions, raw HTML blocks: nothing to show.
      return null;
  }
}

function blocks(tokens: Token[], key: string): ReactNode[] {
  return tokens.map((token, i) => block(token as MarkedToken, `${key}${i}`));
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  return <div className={className}>{blocks(Lexer.lex(source, { gfm: true }), 'b')}</div>;
}

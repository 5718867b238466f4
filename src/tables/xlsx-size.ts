/**
 * How many rows each sheet of a workbook has, counted in its XML before exceljs reads it:
 * exceljs builds every cell as an object, ten seconds and hundreds of megabytes for a
 * 100,000-row sheet, so a table over the limit is refused from this count in a fraction of
 * that time.
 */
import { unzipSync } from 'fflate';

const decoder = new TextDecoder();

/** The `r:id` -> part path of the workbook's relationships. */
function targets(rels: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) out.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function countRows(xml: string): number {
  let n = 0;
  for (const _ of xml.matchAll(/<(?:\w+:)?row[\s>/]/g)) n++;
  return n;
}

/** Sheet name -> rows written in its XML; empty when the archive cannot be read this way
 * (exceljs then says why). */
export function sheetRowCounts(bytes: Uint8Array): Map<string, number> {
  const counts = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        f.name.startsWith('xl/worksheets/') ||
        f.name === 'xl/workbook.xml' ||
        f.name === 'xl/_rels/workbook.xml.rels',
    });
  } catch {
    return counts;
  }
  const workbook = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  if (!workbook || !rels) return counts;
  const parts = targets(decoder.decode(rels));
  for (const m of decoder.decode(workbook).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const part = id === undefined ? undefined : files[parts.get(id) ?? ''];
    if (name !== undefined && part) counts.set(unescapeXml(name), countRows(decoder.decode(part)));
  }
  return counts;
}

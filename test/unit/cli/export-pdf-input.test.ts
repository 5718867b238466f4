/**
 * Touchmap PDFs as input to `validate`, `export` and `format`, run for real as child processes
 * (the compiled bin, `node dist/cli/touchmap.mjs`) into temporary folders, and PDFs with no
 * map inside. The PDFs are checked with poppler-utils (pdfinfo) and qpdf: a missing tool fails
 * the test with a one-line install hint, it never skips it.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfInfo, tool } from '../pdf/helpers.ts';
import { DATE, HOTEL, summaryPages, tmp, tmpFolderEachTest, touchmap } from './export-fixture.ts';

/** A small, valid, one-page PDF that Touchmap did not write. */
function plainPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

tmpFolderEachTest();

describe('Touchmap PDFs as input', { timeout: 60_000 }, () => {
  it('validates and exports again the map inside a Touchmap PDF; format refuses PDFs', async () => {
    const out = join(tmp, 'out.pdf');
    const exported = await touchmap(['export', HOTEL, '-o', out, '--date', DATE]);
    summaryPages(exported, out);
    const before = await readFile(out);

    const again = join(tmp, 'again.pdf');
    const [validate, reexport, format, formatCheck] = await Promise.all([
      touchmap(['validate', out, HOTEL]),
      touchmap(['export', out, '-o', again, '--date', DATE]),
      touchmap(['format', out]),
      touchmap(['format', '--check', out]),
    ]);
    expect(validate).toMatchObject({ code: 0, stderr: '' });
    expect(validate.out).toEqual([`${out}: ok`, `${HOTEL}: ok`]);
    summaryPages(reexport, again);
    // The embedded map is the same map, so the same options and date give the same bytes.
    expect((await readFile(again)).equals(before)).toBe(true);
    for (const run of [format, formatCheck]) {
      expect(run).toMatchObject({
        code: 1,
        stdout: `${out}: it is a PDF, and format rewrites .touchmap files only\n`,
      });
    }
    expect((await readFile(out)).equals(before)).toBe(true);
  });

  it('says plainly when a PDF has no Touchmap map inside', async () => {
    const plain = join(tmp, 'plain.pdf');
    await writeFile(plain, plainPdf());
    expect(pdfInfo(plain).pages).toBe(1); // a real PDF
    // A Touchmap PDF that another program rewrote (streams compressed) has lost its map.
    const exported = join(tmp, 'exported.pdf');
    expect(await touchmap(['export', HOTEL, '-o', exported, '--date', DATE])).toMatchObject({
      code: 0,
    });
    const resaved = join(tmp, 'resaved.pdf');
    tool('qpdf', ['--compress-streams=y', '--object-streams=generate', exported, resaved]);

    const message = (file: string) =>
      `${file}: this PDF has no Touchmap map inside (it was not exported by Touchmap, or was re-saved by another program)`;
    const [validate, json, exportPlain] = await Promise.all([
      touchmap(['validate', plain, resaved]),
      touchmap(['validate', '--json', plain]),
      touchmap(['export', plain, '-o', join(tmp, 'x.pdf')]),
    ]);
    expect(validate).toMatchObject({ code: 1, stderr: '' });
    expect(validate.out).toEqual([message(plain), message(resaved)]);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        file: plain,
        ok: false,
        error: { kind: 'pdf-without-map', message: message(plain).slice(plain.length + 2) },
      },
    ]);
    expect(exportPlain).toMatchObject({ code: 1, stdout: '', stderr: `${message(plain)}\n` });
    expect((await readdir(tmp)).sort()).toEqual(['exported.pdf', 'plain.pdf', 'resaved.pdf']);
  });
});

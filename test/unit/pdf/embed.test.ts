import { zlibSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { exportPdf, extractEmbeddedMap, EMBEDDED_MARKER } from '../../../src/pdf/index.ts';
import { DATE, bundledFonts, templates } from './helpers.ts';
import { stressMap } from './maps.ts';

// Real exports and external tools: slower than a unit test, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

describe('the map embedded in its PDF', () => {
  it('comes back byte for byte and parses to the same map', async () => {
    const fonts = await bundledFonts();
    for (const map of [templates()[0]!.map, stressMap()]) {
      const { bytes } = await exportPdf(map, { date: DATE }, fonts);
      const text = extractEmbeddedMap(bytes);
      expect(text).toBe(serialize(map));
      const back = parse(text!);
      expect(back.ok && back.map).toEqual(map);
    }
  });

  it('is a file attachment named map.touchmap, compressed, found by its marker', async () => {
    const map = stressMap();
    const { bytes } = await exportPdf(map, { date: DATE }, await bundledFonts());
    const latin1 = new TextDecoder('latin1').decode(bytes);
    expect(latin1).toContain(EMBEDDED_MARKER);
    // /Size is the file's length, /Length the smaller compressed stream's.
    const dict = new RegExp(
      `${EMBEDDED_MARKER.replace(/[+]/g, '\\+')} /Filter /FlateDecode /Params << /Size (\\d+) [^>]*>> /Length (\\d+) >>`,
    ).exec(latin1);
    expect(dict).not.toBeNull();
    expect(Number(dict![1])).toBe(new TextEncoder().encode(serialize(map)).length);
    expect(Number(dict![2])).toBeLessThan(Number(dict![1]) / 3);
    expect(latin1).toMatch(
      /\/Names << \/EmbeddedFiles << \/Names \[\(map\.touchmap\) \d+ 0 R\] >> >>/,
    );
    expect(latin1).toMatch(/\/Type \/Filespec \/F \(map\.touchmap\)/);
  });

  it('is absent when embedding is off, and null comes back', async () => {
    const { bytes } = await exportPdf(
      stressMap(),
      { date: DATE, embedMap: false },
      await bundledFonts(),
    );
    expect(extractEmbeddedMap(bytes)).toBeNull();
  });

  it('gives null for what is not a Touchmap PDF', () => {
    expect(extractEmbeddedMap(new Uint8Array(0))).toBeNull();
    expect(extractEmbeddedMap(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'))).toBeNull();
    // A marker whose length runs past the end of the file.
    const broken = new TextEncoder().encode(
      `%PDF-1.3\n1 0 obj\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Length 999 >>\nstream\n{}\nendstream\n`,
    );
    expect(extractEmbeddedMap(broken)).toBeNull();
    // A stream that says Flate but does not inflate, or has another filter.
    for (const filter of ['/FlateDecode', '/LZWDecode', '[/ASCIIHexDecode /FlateDecode]']) {
      const pdf = new TextEncoder().encode(
        `1 0 obj\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Filter ${filter} /Length 2 >>\nstream\n{}\nendstream\n`,
      );
      expect(extractEmbeddedMap(pdf)).toBeNull();
    }
  });

  it('reads a Flate stream, and not one whose inflated size differs from /Size', () => {
    const body = '{"format":"touchmap","title":"Ωμέγα"}';
    const file = new TextEncoder().encode(body);
    const packed = zlibSync(file);
    const pdfWith = (size: number): Uint8Array => {
      const head = new TextEncoder().encode(
        `%PDF-1.3\n4 0 obj\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Filter /FlateDecode /Params << /Size ${size} >> /Length ${packed.length} >>\nstream\n`,
      );
      const tail = new TextEncoder().encode('\nendstream\nendobj\n');
      const out = new Uint8Array(head.length + packed.length + tail.length);
      out.set(head, 0);
      out.set(packed, head.length);
      out.set(tail, head.length + packed.length);
      return out;
    };
    expect(extractEmbeddedMap(pdfWith(file.length))).toBe(body);
    expect(extractEmbeddedMap(pdfWith(file.length + 1))).toBeNull();
  });

  it('reads a hand-made attachment with a CRLF after "stream"', () => {
    const body = '{"format":"touchmap","title":"Ωμέγα"}';
    const bytes = new TextEncoder().encode(body);
    const pdf = new TextEncoder().encode(
      `%PDF-1.3\r\n4 0 obj\r\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Params << /Size ${bytes.length} >> /Length ${bytes.length} >>\r\nstream\r\n${body}\r\nendstream\r\nendobj\r\n`,
    );
    expect(extractEmbeddedMap(pdf)).toBe(body);
  });
});

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

  it('is a file attachment named map.touchmap, uncompressed, found by its marker', async () => {
    const { bytes } = await exportPdf(stressMap(), { date: DATE }, await bundledFonts());
    const latin1 = new TextDecoder('latin1').decode(bytes);
    expect(latin1).toContain(EMBEDDED_MARKER);
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
    // A compressed stream cannot be read without inflating it.
    const compressed = new TextEncoder().encode(
      `1 0 obj\n<< /Type /EmbeddedFile ${EMBEDDED_MARKER} /Filter /FlateDecode /Length 2 >>\nstream\n{}\nendstream\n`,
    );
    expect(extractEmbeddedMap(compressed)).toBeNull();
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

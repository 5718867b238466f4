import { jsPDF } from 'jspdf';
import { afterEach, describe, expect, it } from 'vitest';
import { exportPdfSync } from '../../../src/pdf/index.ts';
import {
  fastProcessDataByFilters,
  jsPdfProcessDataByFilters,
  useFastFlate,
} from '../../../src/pdf/flate-filter.ts';
import { DATE, bundledFonts } from './helpers.ts';
import { generatedMap } from './maps.ts';

type Hook = typeof jsPdfProcessDataByFilters;
const api = jsPDF.API as unknown as { processDataByFilters: Hook };

/** A "binary string" of every byte value, repeated, with some structure to compress. */
function sample(length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode((i * 31 + (i >> 7)) & 0xff);
  return s;
}

describe('fast FlateEncode', () => {
  const installed = api.processDataByFilters;
  afterEach(() => {
    api.processDataByFilters = installed;
  });

  it("gives jsPDF's own result for a lone FlateEncode, however it is named", () => {
    for (const data of ['', 'q 1 0 0 1 0 0 cm Q', sample(70_000), 'wide \u0141\u20ac']) {
      for (const filters of [['FlateEncode'], ['/FlateEncode'], 'FlateEncode']) {
        expect(fastProcessDataByFilters(data, filters)).toEqual(
          jsPdfProcessDataByFilters(data, filters),
        );
      }
    }
  });

  it("leaves other filter chains to jsPDF's own", () => {
    const data = sample(300);
    for (const filters of [[], ['ASCIIHexEncode'], ['FlateEncode', 'ASCIIHexEncode']]) {
      expect(fastProcessDataByFilters(data, filters)).toEqual(
        jsPdfProcessDataByFilters(data, filters),
      );
    }
    expect(fastProcessDataByFilters(data, ['FlateEncode', 'ASCIIHexEncode']).reverseChain).toBe(
      '/ASCIIHexDecode /FlateDecode',
    );
  });

  it('makes the same PDF, byte for byte, as jsPDF compressing alone', async () => {
    const fonts = await bundledFonts();
    const map = generatedMap(120);
    const options = { date: DATE, appendix: true } as const;
    useFastFlate();
    expect(api.processDataByFilters).toBe(fastProcessDataByFilters);
    const fast = exportPdfSync(map, options, fonts).bytes;
    // Another hook in place is kept: this export compresses with jsPDF's own filter.
    let calls = 0;
    api.processDataByFilters = (data, filters) => {
      calls++;
      return jsPdfProcessDataByFilters(data, filters);
    };
    const own = exportPdfSync(map, options, fonts).bytes;
    expect(calls).toBeGreaterThan(3);
    expect(Buffer.compare(Buffer.from(fast), Buffer.from(own))).toBe(0);
  });
});

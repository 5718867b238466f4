import { describe, expect, it } from 'vitest';
import { fileIdOf, pdfDate, utf16Literal } from '../../../src/pdf/metadata.ts';

describe('pdfDate', () => {
  it('writes UTC, whatever the machine’s time zone', () => {
    expect(pdfDate('2026-11-22T09:00:00Z')).toBe("D:20261122090000+00'00'");
    expect(pdfDate('2026-11-22T09:00:00+02:00')).toBe("D:20261122070000+00'00'");
  });
  it('keeps to the years the PDF engine accepts', () => {
    expect(pdfDate('1900-01-01T00:00:00Z')).toBe("D:19700101000000+00'00'");
    expect(pdfDate('2099-06-01T00:00:00Z')).toBe("D:20370601000000+00'00'");
  });
});

describe('fileIdOf', () => {
  it('is 32 hex digits, the same for the same input, different otherwise', () => {
    const a = fileIdOf('map one');
    expect(a).toMatch(/^[0-9A-F]{32}$/);
    expect(fileIdOf('map one')).toBe(a);
    expect(fileIdOf('map two')).not.toBe(a);
  });
});

describe('utf16Literal', () => {
  it('writes a byte-order mark and escapes the bytes a literal string cannot hold', () => {
    // č is U+010D: its low byte is a carriage return.
    expect(utf16Literal('č')).toBe('\u00fe\u00ff\u0001\\r');
    // ( ) and \ as low bytes; U+0A28 has a line feed as its high byte.
    expect(utf16Literal('()\\\u0a28')).toBe('\u00fe\u00ff\u0000\\(\u0000\\)\u0000\\\\\\n\\(');
  });
});

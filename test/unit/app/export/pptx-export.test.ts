/**
 * The app's Export PowerPoint: the deck's name from the map's title, the bytes handed to the
 * platform's export with the .pptx type, and what the user is told for each outcome.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/core/parse.ts';
import type { SaveOutcome } from '../../../../src/ipc/file-types.ts';
import { exportPowerPoint, suggestedPptxName } from '../../../../src/app/export/pptx-export.ts';

const parsed = parse(readFileSync('examples/hotel-stay.touchmap', 'utf8'));
if (!parsed.ok) throw new Error('hotel-stay does not parse');
const map = parsed.map;

function platform(outcome: SaveOutcome) {
  const calls: { bytes: Uint8Array; name: string; mime: string }[] = [];
  return {
    calls,
    exportFile: async (bytes: Uint8Array, name: string, mime: string) => {
      calls.push({ bytes, name, mime });
      return outcome;
    },
  };
}

describe('Export PowerPoint in the app', () => {
  it('names the deck after the map, as the PDF', () => {
    expect(suggestedPptxName('Hotel stay: from search to loyalty')).toBe(
      'hotel-stay-from-search-to-loyalty.pptx',
    );
    expect(suggestedPptxName('')).toBe('journey-map.pptx');
  });

  it('hands a .pptx zip to the platform and says where it went', async () => {
    const host = platform({ status: 'saved', file: { token: 't', name: 'deck.pptx' } });
    const report = await exportPowerPoint(map, host);
    expect(report).toEqual({ text: 'Exported deck.pptx.', tone: 'info' });
    expect(host.calls).toHaveLength(1);
    const [call] = host.calls;
    expect(call!.name).toBe('hotel-stay-from-search-to-loyalty.pptx');
    expect(call!.mime).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    expect([...call!.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip
  });

  it('says nothing when the user cancels, and the reason when the save fails', async () => {
    expect(await exportPowerPoint(map, platform({ status: 'cancelled' }))).toBeNull();
    expect(
      await exportPowerPoint(map, platform({ status: 'failed', message: 'Disk full.' })),
    ).toEqual({ text: 'Disk full.', tone: 'error' });
  });
});

/**
 * `touchmap diff --journey` and `touchmap diff --pdf`, run for real (the compiled bin): the
 * hotel-stay map against a future-state copy of it in which a card feels better, a friction
 * is gone and a card moved.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../src/core/model.ts';
import { makeFutureStateCopy } from '../../../src/core/ops/index.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { pdfFonts, pdfInfo, tool } from '../pdf/helpers.ts';
import { hotelFolder } from './hotel-folder.ts';
import { touchmap } from './run-cli.ts';

const folder = hotelFolder('touchmap-journey-');
let current: string;
let future: string;
beforeEach(async () => {
  const copy: JourneyMap = makeFutureStateCopy(folder.hotel, {
    id: 'hotel-future',
    now: '2026-03-01T09:30:00Z',
  });
  const desk = copy.touchpoints.find((t) => t.id === 'tp-front-desk-checkin')!;
  desk.emotion = 1;
  desk.frictions = [];
  const bill = copy.touchpoints.find((t) => t.id === 'tp-checkout-bill')!;
  bill.stageId = 'st-loyalty';
  current = join(folder.dir, 'hotel-stay.touchmap');
  future = join(folder.dir, 'hotel-future.touchmap');
  await writeFile(current, serialize(folder.hotel));
  await writeFile(future, serialize(copy));
});

describe('touchmap diff --journey and --pdf', { timeout: 60_000 }, () => {
  it('prints the comparison stage by stage and exits 1', async () => {
    const run = await touchmap(['diff', '--journey', current, future]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const arrival = lines.findIndex((l) => l.startsWith('Pre-arrival and check-in:'));
    expect(lines[arrival]).toMatch(/emotion \+0\.3 → \+1; frictions 1 resolved, 0 new$/);
    expect(lines.slice(arrival + 1, arrival + 4)).toEqual([
      '  Changed “Front-desk check-in”:',
      '    Emotion: Very negative (−2) → Positive (+1)',
      '    Friction resolved: “The room is not ready at the advertised 3 pm check-in time.” (high)',
    ]);
    expect(run.stdout).toContain('    Stage: Check-out → After the stay\n');
    const usage = await touchmap(['diff', '--journey', '--json', current, future]);
    expect(usage.code).toBe(2);
  });

  it('writes the comparison as searchable PDF pages with the fonts embedded', async () => {
    const out = join(folder.dir, 'comparison.pdf');
    const run = await touchmap(['diff', current, future, '--pdf', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/comparison\.pdf: 2 pages, \d+ KB\n$/);
    expect(tool('qpdf', ['--check', out])).toContain('No syntax or stream encoding errors');
    expect(pdfInfo(out).pages).toBe(2);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
    const summary = tool('pdftotext', ['-layout', '-f', '1', '-l', '1', out, '-']);
    expect(summary).toContain(
      'Journey comparison: Hotel stay: from search to loyalty (future state)',
    );
    expect(summary).toContain('From hotel-stay.touchmap to hotel-future.touchmap');
    for (const stage of ['Inspiration', 'Pre-arrival and check-in', 'Check-out', 'After the stay'])
      expect(summary).toContain(stage);
    expect(summary).toMatch(
      /Pre-arrival and check-in +4 to 4 +1 changed +\+0\.3 to \+1 +1 resolved, 0 new/,
    );
    const changes = tool('pdftotext', ['-f', '2', '-l', '2', out, '-']);
    expect(changes).toContain('Front-desk check-in');
    expect(changes).toContain('Emotion: Very negative (-2) to Positive (+1)');
    expect(changes).toContain('Stage: Check-out to After the stay');
    const same = await touchmap(['diff', current, current, '--pdf', join(folder.dir, 'same.pdf')]);
    expect(same.code).toBe(0);
    expect(tool('pdftotext', [join(folder.dir, 'same.pdf'), '-'])).toContain(
      'No touchpoint changed.',
    );
  });

  it('prints the state in the title block of a future-state map, not of a current one', async () => {
    const date = ['--date', '2026-11-22T09:00:00Z', '--no-appendix'];
    const [a, b] = [join(folder.dir, 'current.pdf'), join(folder.dir, 'future.pdf')];
    expect((await touchmap(['export', current, '-o', a, ...date])).code).toBe(0);
    expect((await touchmap(['export', future, '-o', b, ...date])).code).toBe(0);
    const firstPage = (file: string) => tool('pdftotext', ['-f', '1', '-l', '1', file, '-']);
    expect(firstPage(b)).toContain('Future state, made from Hotel stay: from search to loyalty');
    expect(firstPage(a)).not.toContain('Future state');
  });

  it('says why OUT cannot be written', async () => {
    const run = await touchmap([
      'diff',
      current,
      future,
      '--pdf',
      join(folder.dir, 'no/such/dir/x.pdf'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x.pdf: cannot write the file');
  });
});

/**
 * `touchmap export` of a service blueprint: the PDF is valid (qpdf --check), and pdftotext
 * finds every note's text, every row's name, the lines' names, the scenario and the
 * expectations on the map page.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRows } from '../../../src/core/rows.ts';
import { serialize } from '../../../src/core/serialize.ts';
import { BLUEPRINT_LINES, ROW_TERMS } from '../../../src/core/vocabulary.ts';
import { blueprintMap, LONG_NOTE } from '../pdf/blueprint-map.ts';
import { compact, tool } from '../pdf/helpers.ts';
import { touchmap } from './run-cli.ts';
import { tmp, tmpFolderEachTest } from './tmp-folder.ts';

tmpFolderEachTest('touchmap-blueprint-');

describe('touchmap export of a service blueprint', { timeout: 120_000 }, () => {
  it('writes a valid PDF whose map page has every note, row name and line name as text', async () => {
    const map = blueprintMap();
    const file = join(tmp, 'blueprint.touchmap');
    await writeFile(file, serialize(map));
    const pdf = join(tmp, 'blueprint.pdf');
    const run = await touchmap(['export', file, '-o', pdf, '--date', '2026-11-22T09:00:00Z']);
    expect(run.code, run.stderr).toBe(0);
    expect(tool('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors/);

    const page = compact(
      tool('pdftotext', ['-raw', '-f', '1', '-l', '1', '-enc', 'UTF-8', pdf, '-']),
    );
    const notes = map.notes ?? [];
    expect(notes.length).toBeGreaterThan(15);
    expect(notes.map((n) => n.text)).toContain(LONG_NOTE);
    for (const note of notes) expect(page, note.text).toContain(compact(note.text));

    const departments = new Map(map.departments.map((d) => [d.id, d.name]));
    const labels = resolveRows(map).map((row) =>
      row.type === 'department'
        ? departments.get(row.departmentId)!
        : (row.name ?? ROW_TERMS[row.type].word),
    );
    expect(labels).toContain('Staff quotes');
    expect(labels).toContain('Pain points');
    for (const label of labels) expect(page, label).toContain(compact(label));
    for (const line of Object.values(BLUEPRINT_LINES)) expect(page).toContain(compact(line.word));

    expect(page).toContain(compact(`Scenario: ${map.scenario!}`));
    for (const stage of map.stages)
      if (stage.expectations) expect(page).toContain(compact(stage.expectations));
  });

  it('keeps every word of a 500-character note, on its card (as tall as its text) and in the appendix', async () => {
    const map = blueprintMap();
    const words = 'the guest asks twice whether breakfast is included and nobody knows';
    const longest = `${words} `.repeat(8).slice(0, 500).trim();
    const first = map.notes![0]!;
    map.notes = [{ ...first, text: longest }, ...map.notes!.slice(1)];
    const file = join(tmp, 'long-note.touchmap');
    await writeFile(file, serialize(map));
    const pdf = join(tmp, 'long-note.pdf');
    const run = await touchmap(['export', file, '-o', pdf, '--date', '2026-11-22T09:00:00Z']);
    expect(run.code, run.stderr).toBe(0);
    const all = compact(tool('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']));
    expect(all).toContain(compact('Blueprint notes by stage'));
    expect(all).toContain(compact(longest));
    const withoutAppendix = join(tmp, 'no-appendix.pdf');
    await touchmap(['export', file, '-o', withoutAppendix, '--no-appendix']);
    const mapOnly = compact(tool('pdftotext', ['-raw', '-enc', 'UTF-8', withoutAppendix, '-']));
    // Note cards grow to their text, so the map page alone has the note whole as well.
    expect(mapOnly).not.toContain(compact('Blueprint notes by stage'));
    expect(mapOnly).toContain(compact(longest));
  });
});

/**
 * `touchmap export FILE -o OUT.pptx`: the map as a PowerPoint deck (src/slides): a title
 * slide, the persona, the whole map, then one slide per stage, every card, kind, emotion and
 * friction a native shape or text box that can be edited in PowerPoint, Keynote or Impress.
 *
 * The PDF's options (page, scale, appendix…) mean nothing for slides and are refused by name.
 * As for the PDF, nothing is written unless the deck was made: it is built in memory and only
 * then written with `writeFileAtomic`, so a failure leaves an existing OUT.pptx as it was.
 */
import { tidyOverlaps } from '../core/ops/index.ts';
import { writeFileAtomic } from '../node/atomic-write.ts';
import { writeErrorReason } from '../node/file-errors.ts';
import { buildDeck } from '../slides/deck.ts';
import { writePptx } from '../slides/pptx.ts';
import { UsageError } from './args.ts';
import { failureLines, noteLines, readMapFile } from './files.ts';
import { EXIT_OK, EXIT_PROBLEMS, type Io } from './io.ts';

/**
 * Writes the deck of the map in `file` to `output`. `options` names the other options given
 * (long names, without dashes): each is a PDF option, so any is wrong usage here.
 */
export async function exportPptx(
  file: string,
  output: string,
  options: readonly string[],
  io: Io,
): Promise<number> {
  if (options.length > 0) {
    const flags = options.map((name) => `--${name}`).join(', ');
    throw new UsageError(`export: ${flags}: for PDF exports only; OUT.pptx takes no options`);
  }
  const fail = (lines: string[]): number => {
    for (const line of lines) io.err(`${line}\n`);
    return EXIT_PROBLEMS;
  };
  const read = await readMapFile(file);
  if (!read.ok) return fail(failureLines(file, read.error));
  if (!read.result.ok) return fail(failureLines(file, read.result.error));
  for (const line of noteLines(file, read.result.notes)) io.err(`${line}\n`);
  // Shown as the app shows it: cells whose cards overlap are arranged in reading order.
  const { map, cells: tidied } = tidyOverlaps(read.result.map);
  if (tidied > 0) {
    const where = tidied === 1 ? 'one cell' : `${tidied} cells`;
    io.err(
      `${file}: cards overlapped in ${where}; the slides show them arranged in their reading order (the map file is unchanged)\n`,
    );
  }
  const deck = buildDeck(map);
  const bytes = await writePptx(map, deck);
  try {
    await writeFileAtomic(output, bytes);
  } catch (error) {
    return fail([`${output}: cannot write the file: ${writeErrorReason(error)}`]);
  }
  const kb = Math.max(1, Math.round(bytes.length / 1000));
  io.out(`${output}: ${deck.length} slide${deck.length === 1 ? '' : 's'}, ${kb} KB\n`);
  return EXIT_OK;
}

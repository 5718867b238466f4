/**
 * `npm run bench`: speed and memory figures, printed as tables. Benchmarks are not tests:
 * they report, they do not pass or fail. Pick some with `npm run bench -- core pdf`.
 */
import { benchCore } from './core.bench.ts';
import { formatComparison, type ComparisonRow } from './table.ts';

/** Plain figures by name, or rows comparing Touchmap with the bare React Flow page. */
type Bench = () => Promise<Record<string, number> | ComparisonRow[]>;

const BENCHES: Record<string, () => Promise<Bench>> = {
  core: async () => benchCore,
  // Loaded when picked: the exporter pulls in jsPDF and the fonts.
  pdf: async () => (await import('./pdf.bench.ts')).benchPdf,
  vector: async () => (await import('./vector.bench.ts')).benchVector,
  pptx: async () => (await import('./pptx.bench.ts')).benchPptx,
  // The command-line tool as a user runs it: start-up and an A0 export, in child processes.
  cli: async () => (await import('./cli.bench.ts')).benchCli,
  // What the first PDF click downloads: builds the renderer if needed.
  bundle: async () => (await import('./bundle.bench.ts')).benchBundle,
  // Builds the renderer and the bare React Flow page if needed and drives both in headless Chromium.
  editor: async () => (await import('./editor.bench.ts')).benchEditor,
  tables: async () => (await import('./tables.bench.ts')).benchTables,
  sync: async () => (await import('./sync.bench.ts')).benchSync,
};

function print(name: string, figures: Record<string, number> | ComparisonRow[]): void {
  if (Array.isArray(figures)) {
    console.log(`\n${name}: Touchmap beside a bare React Flow page (ratio = Touchmap ÷ bare)\n`);
    console.log(formatComparison(figures));
    return;
  }
  for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(40)} ${value}`);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
  for (const name of names) {
    const load = BENCHES[name];
    if (!load) {
      console.error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
      process.exitCode = 2;
      return;
    }
    print(name, await (await load())());
  }
}

await main();

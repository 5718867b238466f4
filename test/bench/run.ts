/**
 * `npm run bench`: speed and memory figures, printed as a table. Benchmarks are not tests:
 * they report, they do not pass or fail. Pick some with `npm run bench -- core pdf`.
 */
import { benchCore } from './core.bench.ts';

type Bench = () => Promise<Record<string, number>>;

const BENCHES: Record<string, () => Promise<Bench>> = {
  core: async () => benchCore,
  // Loaded when picked: the exporter pulls in jsPDF and the fonts.
  pdf: async () => (await import('./pdf.bench.ts')).benchPdf,
  // Builds the renderer if needed and drives it in headless Chromium.
  editor: async () => (await import('./editor.bench.ts')).benchEditor,
};

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
    const figures = await (await load())();
    for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(40)} ${value}`);
  }
}

await main();

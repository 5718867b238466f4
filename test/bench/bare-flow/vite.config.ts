/**
 * Builds the bare React Flow page (the editor benchmark's peer) into dist/bench-bare, with
 * the renderer's target so both pages get the same JavaScript:
 *   npx vite build --config test/bench/bare-flow/vite.config.ts
 * The editor benchmark runs this itself when the page is missing.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/bench-bare', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome130',
  },
});

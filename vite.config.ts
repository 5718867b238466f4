/**
 * One config, three builds, chosen by `--mode`:
 *   (default)  the React renderer -> dist/renderer (also the browser build used by e2e tests)
 *   main       the Electron main process -> dist/electron/main.js (ESM)
 *   preload    the Electron preload -> dist/electron/preload.cjs (CommonJS: sandboxed preloads cannot be ESM)
 *   cli        the `touchmap` command -> dist/cli/touchmap.mjs (ESM, one chunk per command)
 * and the vitest projects: unit (node), dom (jsdom), e2e (real Chromium via playwright-core).
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** jsPDF's optional packages, for html() and SVG images the exporter never uses. */
const JSPDF_OPTIONAL = /^(html2canvas|canvg|dompurify|core-js)(\/.*)?$/;
const LEFT_OUT = fileURLToPath(new URL('src/pdf/left-out.ts', import.meta.url));

/** Resolves jsPDF's optional packages to a stub in the renderer and export-worker builds. */
function leaveOutJsPdfOptional(): Plugin {
  return {
    name: 'touchmap:leave-out-jspdf-optional',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (JSPDF_OPTIONAL.test(id) ? LEFT_OUT : null),
  };
}

const nodeExternals = [
  'electron',
  'electron-store',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];

function electronBuild(entry: string, fileName: string, format: 'es' | 'cjs'): UserConfig {
  return {
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      sourcemap: true,
      lib: { entry, formats: [format], fileName: () => fileName },
      rollupOptions: { external: nodeExternals },
    },
  };
}

/** The runtime dependencies stay imports: npm installs them beside the bin. */
const dependencies = Object.keys(
  (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> })
    .dependencies,
);
const isDependency = (id: string): boolean =>
  dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** The CLI, bundled so that `touchmap` runs compiled JavaScript, never TypeScript at start-up. */
function cliBuild(): UserConfig {
  return {
    build: {
      outDir: 'dist/cli',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      lib: { entry: 'src/cli/touchmap.ts', formats: ['es'], fileName: () => 'touchmap.mjs' },
      rollupOptions: {
        external: (id) => nodeExternals.includes(id) || isDependency(id),
        // Chunks beside the bin (dist/cli/..), so `../../assets` and `../../package.json`
        // resolve from them as from src/node and src/cli.
        output: { chunkFileNames: '[name]-[hash].mjs' },
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'cli') return cliBuild();
  if (mode === 'main') return electronBuild('electron/main/index.ts', 'main.js', 'es');
  if (mode === 'preload') return electronBuild('electron/preload/index.ts', 'preload.cjs', 'cjs');
  return {
    root: 'src/app',
    base: './',
    publicDir: false,
    plugins: [react(), leaveOutJsPdfOptional()],
    worker: { plugins: () => [leaveOutJsPdfOptional()] },
    build: {
      outDir: '../../dist/renderer',
      emptyOutDir: true,
      // Electron 41 ships Chromium 146; 130 keeps light-dark() and other modern CSS native.
      target: 'chrome130',
      sourcemap: true,
    },
    server: { fs: { allow: ['../..'] } },
    test: {
      root: '.',
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            root: '.',
            include: ['test/unit/**/*.test.ts'],
            environment: 'node',
            // Property suites run beside the browser tests on two cores: 5 s was seen to run out.
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            root: '.',
            include: ['test/dom/**/*.test.{ts,tsx}'],
            environment: 'jsdom',
            setupFiles: ['test/dom/setup.ts'],
            testTimeout: 20_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            root: '.',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            // One Chromium per file, closed after it; each test gets a fresh context.
            setupFiles: ['test/e2e/support/close-browser.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});

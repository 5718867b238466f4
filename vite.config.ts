/**
 * One config, three builds, chosen by `--mode`:
 *   (default)  the React renderer -> dist/renderer (also the browser build used by e2e tests)
 *   main       the Electron main process -> dist/electron/main.js (ESM)
 *   preload    the Electron preload -> dist/electron/preload.cjs (CommonJS: sandboxed preloads cannot be ESM)
 * and the vitest projects: unit (node), dom (jsdom), e2e (real Chromium via playwright-core).
 */
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

export default defineConfig(({ mode }) => {
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
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            root: '.',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});

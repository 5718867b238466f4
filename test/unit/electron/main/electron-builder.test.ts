/**
 * electron-builder.yml, checked without packaging: valid against electron-builder's own JSON
 * schema, with the file association and the hardening fuses set, packing the files the build
 * makes and the entry point package.json names.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

const config = yaml.load(readFileSync(root('electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(root('package.json'), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would catch a mistake (the check is not vacuous)', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, electronFuses: { runAsNode: 'no' } })).toBe(false);
    expect(validate({ ...config, fileAsociations: [] })).toBe(false);
  });

  it('associates .touchmap files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'touchmap',
        name: 'Touchmap map',
        mimeType: 'application/vnd.touchmap+json',
        role: 'Editor',
      }),
    ]);
    expect(config.linux.mimeTypes).toContain('application/vnd.touchmap+json');
  });

  it('flips the fuses that harden the packaged app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: true,
    });
    expect(config.asar).toBe(true);
  });

  it('packs the built app, and package.json starts the main process the build makes', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json']));
    const vite = readFileSync(root('vite.config.ts'), 'utf8');
    expect(vite).toContain("electronBuild('electron/main/index.ts', 'main.js', 'es')");
    expect(vite).toContain("electronBuild('electron/preload/index.ts', 'preload.cjs', 'cjs')");
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(pkg.type).toBe('module'); // main.js is ESM
    // electron-store is loaded by the main process at run time: a dependency, not bundled.
    expect(pkg.dependencies['electron-store']).toBeDefined();
  });
});

/**
 * Stands in for the browser's save picker (File System Access API) so e2e tests can read
 * what the app writes: each write is kept in the page as { name, base64 }.
 */
import type { Page } from 'playwright-core';

interface Saved {
  name: string;
  base64: string;
}

/** Runs in the page (serialised by playwright): installs the stand-in picker. */
function installSavePicker(): void {
  const w = window as unknown as {
    showSaveFilePicker: (o: { suggestedName?: string }) => Promise<unknown>;
    __saved: Saved[];
  };
  w.__saved = [];
  w.showSaveFilePicker = async (options) => {
    const name = options.suggestedName ?? 'unnamed';
    return {
      name,
      async createWritable() {
        return {
          async write(blob: Blob) {
            const bytes = new Uint8Array(await blob.arrayBuffer());
            let binary = '';
            for (let i = 0; i < bytes.length; i += 0x8000)
              binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            w.__saved.push({ name, base64: btoa(binary) });
          },
          async close() {},
        };
      },
    };
  };
}

/** In the page as it is now. */
export async function captureSavesNow(page: Page): Promise<void> {
  await page.evaluate(installSavePicker);
}

/** From the next load on (before the app's own scripts run), and reloads the page. */
export async function captureSavesFromStart(page: Page): Promise<void> {
  await page.addInitScript(installSavePicker);
  await page.reload();
}

export async function savedFiles(page: Page): Promise<{ name: string; bytes: Buffer }[]> {
  const saved = await page.evaluate(() => (window as unknown as { __saved: Saved[] }).__saved);
  return saved.map((s) => ({ name: s.name, bytes: Buffer.from(s.base64, 'base64') }));
}

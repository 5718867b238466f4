/**
 * Numbered migrations between file-format versions. Each step is a pure function from the
 * JSON of version N to the JSON of version N+1, with its own test. Files are migrated in
 * memory, step by step; the file on disk only changes when the user saves.
 *
 * Version 1 is the first version, so the registry is empty today; the machinery is tested
 * with synthetic versions.
 */
import { CURRENT_VERSION } from './model.ts';

export type RawDocument = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** What the step changes, in words a user can read (shown as a note after opening). */
  description: string;
  migrate: (document: RawDocument) => RawDocument;
}

export const FIRST_VERSION = 1;

export const MIGRATIONS: readonly Migration[] = [];

/** Throws when the steps do not lead one by one from the first version to the current one. */
export function assertMigrationChain(
  migrations: readonly Migration[],
  currentVersion: number,
  firstVersion = FIRST_VERSION,
): void {
  migrations.forEach((step, index) => {
    const expected = firstVersion + index;
    if (step.from !== expected || step.to !== expected + 1) {
      throw new Error(
        `Migration ${index} goes from ${step.from} to ${step.to}; expected ${expected} to ${expected + 1}`,
      );
    }
  });
  const reaches = firstVersion + migrations.length;
  if (reaches !== currentVersion) {
    throw new Error(
      `Migrations reach version ${reaches}, but the current version is ${currentVersion}`,
    );
  }
}

assertMigrationChain(MIGRATIONS, CURRENT_VERSION);

export type MigrationResult =
  | { ok: true; document: RawDocument; notes: string[] }
  | { ok: false; failedStep: number; message: string };

/** Runs every step from `fromVersion` up to the last step of `migrations`. */
export function migrate(
  document: RawDocument,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  let current = document;
  const notes: string[] = [];
  for (const step of migrations) {
    if (step.from < fromVersion) continue;
    try {
      current = { ...step.migrate(current), version: step.to };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        failedStep: step.from,
        message: `upgrading from version ${step.from} to ${step.to} failed: ${reason}`,
      };
    }
    notes.push(`Upgraded from format version ${step.from} to ${step.to}: ${step.description}`);
  }
  return { ok: true, document: current, notes };
}

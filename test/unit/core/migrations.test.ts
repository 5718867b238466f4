import { describe, expect, it } from 'vitest';
import {
  assertMigrationChain,
  MIGRATIONS,
  migrate,
  type Migration,
} from '../../../src/core/migrations.ts';
import { CURRENT_VERSION } from '../../../src/core/model.ts';
import { parse } from '../../../src/core/parse.ts';
import { sampleDocument, text } from './sample.ts';

/**
 * Synthetic history for testing the machinery: pretend v1 called touchpoints "points" and
 * v2 had no connections yet (v3 is today's shape plus a marker key).
 */
const v1to2: Migration = {
  from: 1,
  to: 2,
  description: 'renamed "points" to "touchpoints"',
  migrate: ({ points, ...rest }) => ({ ...rest, touchpoints: points }),
};
const v2to3: Migration = {
  from: 2,
  to: 3,
  description: 'added connections',
  migrate: (doc) => ({ ...doc, connections: doc.connections ?? [], migratedTo3: true }),
};
const synthetic = [v1to2, v2to3];

function v1Document() {
  const { touchpoints, connections: _c, ...rest } = sampleDocument();
  return { ...rest, version: 1, points: touchpoints };
}

describe('the migration registry', () => {
  it('is consecutive up to the current version (checked at start-up too)', () => {
    expect(() => assertMigrationChain(MIGRATIONS, CURRENT_VERSION)).not.toThrow();
  });

  it('refuses gaps, wrong starts and a chain that stops short', () => {
    expect(() => assertMigrationChain([v2to3], 3)).toThrow(/expected 1 to 2/);
    expect(() => assertMigrationChain([v1to2], 3)).toThrow(/reach version 2/);
    expect(() => assertMigrationChain([v1to2, { ...v2to3, to: 4 }], 4)).toThrow(/expected 2 to 3/);
    expect(() => assertMigrationChain(synthetic, 3)).not.toThrow();
  });
});

describe('each step is a pure function', () => {
  it('1 -> 2 renames points', () => {
    const input = Object.freeze(v1Document());
    const out = v1to2.migrate(input);
    expect(out.touchpoints).toBe(input.points);
    expect('points' in out).toBe(false);
  });

  it('2 -> 3 adds connections', () => {
    expect(v2to3.migrate({ touchpoints: [] })).toEqual({
      touchpoints: [],
      connections: [],
      migratedTo3: true,
    });
  });
});

describe('migrate', () => {
  it('runs the steps in order from the file version, noting each', () => {
    const result = migrate(v1Document(), 1, synthetic);
    if (!result.ok) throw new Error(result.message);
    expect(result.document.version).toBe(3);
    expect(result.notes).toEqual([
      'Upgraded from format version 1 to 2: renamed "points" to "touchpoints"',
      'Upgraded from format version 2 to 3: added connections',
    ]);
  });

  it('starts from the middle for a version-2 file', () => {
    const result = migrate({ ...sampleDocument(), version: 2 }, 2, synthetic);
    if (!result.ok) throw new Error(result.message);
    expect(result.notes).toHaveLength(1);
  });

  it('reports a failing step without throwing', () => {
    const broken: Migration = {
      ...v2to3,
      migrate: () => {
        throw new Error('no lanes');
      },
    };
    const result = migrate(v1Document(), 1, [v1to2, broken]);
    expect(result).toEqual({
      ok: false,
      failedStep: 2,
      message: 'upgrading from version 2 to 3 failed: no lanes',
    });
  });
});

describe('parse with older versions', () => {
  it('migrates in memory and validates the result', () => {
    const result = parse(text(v1Document()), { migrations: synthetic, currentVersion: 3 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.map.version).toBe(3);
    expect(result.map.touchpoints).toHaveLength(2);
    expect((result.map as unknown as Record<string, unknown>).migratedTo3).toBe(true);
    expect(result.notes).toHaveLength(2);
  });

  it('gives a migration-failed error when a step throws', () => {
    const broken: Migration = {
      ...v1to2,
      migrate: () => {
        throw new Error('boom');
      },
    };
    const result = parse(text(v1Document()), { migrations: [broken, v2to3], currentVersion: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'migration-failed', fromVersion: 1 });
    expect(result.error.message).toContain('boom');
  });

  it('reports problems in the migrated map with their paths', () => {
    const doc = v1Document();
    doc.points[0].kind = 'support';
    const result = parse(text(doc), { migrations: synthetic, currentVersion: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.kind === 'invalid') {
      expect(result.error.problems[0]).toEqual({
        path: 'touchpoints[0].kind',
        message: 'expected "service" or "experience", got "support"',
      });
    }
  });
});

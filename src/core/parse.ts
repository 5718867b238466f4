/**
 * Reads a `.touchmap` file. Never throws: every way a file can be wrong is a typed failure
 * that says what and where, so each host (app, CLI, tests) can show it in its own way.
 */
import { CURRENT_VERSION, FORMAT_ID, type JourneyMap } from './model.ts';
import { findJsonSyntaxError } from './json-syntax.ts';
import {
  FIRST_VERSION,
  MIGRATIONS,
  migrate,
  type Migration,
  type RawDocument,
} from './migrations.ts';
import { journeyMapSchema } from './schema.ts';
import { quickCheckMap } from './quick-check.ts';
import { restoreDefaults } from './restore.ts';
import { repairComments } from './comments-repair.ts';
import { repairRows } from './rows-repair.ts';
import { repairNotes } from './notes-repair.ts';
import { idAllocator, type IdAllocator } from './ops/ids.ts';
import {
  MAX_PROBLEMS,
  describeIssue,
  formatProblem,
  problemsFromZod,
  type Problem,
} from './problems.ts';
import { findReferenceProblems } from './references.ts';
import { findNonFiniteNumbers } from './finite-numbers.ts';
import { describeValue } from './describe.ts';
import { MAX_DEPTH, findDepthExcess } from './depth-limit.ts';
import { decodeUtf8, describeEncodingProblem, type EncodingProblem } from './decode.ts';

export type ParseFailure =
  /** The bytes are not UTF-8 (UTF-16, Latin-1...): refused, never repaired. */
  | ({ kind: 'not-utf8'; message: string } & EncodingProblem)
  | { kind: 'not-json'; line: number; column: number; message: string }
  /** Nested deeper than MAX_DEPTH: `path` is where the limit is passed. */
  | { kind: 'too-deep'; path: string; line: number; column: number; message: string }
  | { kind: 'not-touchmap'; message: string }
  | { kind: 'too-new'; version: number; supportedVersion: number; message: string }
  | { kind: 'migration-failed'; fromVersion: number; message: string }
  | { kind: 'invalid'; problems: Problem[]; totalProblems: number; message: string };

export type ParseResult =
  { ok: true; map: JourneyMap; notes: string[] } | { ok: false; error: ParseFailure };

export interface ParseOptions {
  /** For tests of the migration machinery; defaults to the app's registry and version. */
  migrations?: readonly Migration[];
  currentVersion?: number;
}

const fail = (error: ParseFailure): ParseResult => ({ ok: false, error });

const isObject = (v: unknown): v is RawDocument =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const migrations = options.migrations ?? MIGRATIONS;
  const currentVersion = options.currentVersion ?? CURRENT_VERSION;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  const deep = findDepthExcess(body);
  if (deep) {
    return fail({
      kind: 'too-deep',
      ...deep,
      message: `The file is nested more than ${MAX_DEPTH} levels deep at ${deep.path} (line ${deep.line}, column ${deep.column}); a Touchmap file may nest at most ${MAX_DEPTH} levels.`,
    });
  }

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const where = findJsonSyntaxError(body) ?? { line: 1, column: 1, message: String(error) };
    return fail({
      kind: 'not-json',
      line: where.line,
      column: where.column,
      message: `The file is not valid JSON: ${where.message} (line ${where.line}, column ${where.column}).`,
    });
  }
  if (!isObject(data)) {
    const start = body.length - body.trimStart().length;
    return fail({
      kind: 'not-json',
      line: 1 + (body.slice(0, start).match(/\n/g)?.length ?? 0),
      column: start - body.lastIndexOf('\n', start - 1),
      message: `The file holds ${describeValue(data)} where a JSON object was expected: not a Touchmap file.`,
    });
  }
  if (data.format !== FORMAT_ID) {
    const found =
      data.format === undefined
        ? 'it has no "format" key'
        : `its "format" is ${describeValue(data.format)}`;
    return fail({
      kind: 'not-touchmap',
      message: `This is not a Touchmap file: ${found} (expected "format": "touchmap").`,
    });
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_VERSION) {
    return fail(
      invalid(
        [
          {
            path: 'version',
            message: `expected a whole number of at least ${FIRST_VERSION}, got ${describeValue(version)}`,
          },
        ],
        1,
      ),
    );
  }
  if (version > currentVersion) {
    return fail({
      kind: 'too-new',
      version,
      supportedVersion: currentVersion,
      message: `This map was saved in format version ${version}, and this copy of Touchmap reads up to version ${currentVersion}. Update Touchmap to open it.`,
    });
  }

  let document = data;
  let notes: string[] = [];
  if (version < currentVersion) {
    const migrated = migrate(data, version, migrations);
    if (!migrated.ok) {
      return fail({
        kind: 'migration-failed',
        fromVersion: migrated.failedStep,
        message: `This map could not be upgraded: ${migrated.message}.`,
      });
    }
    document = migrated.document;
    notes = migrated.notes;
  }

  // A good file passes the hand check (quick-check.ts) and never meets the schema, which
  // is several times slower on a big map; any doubt, and the schema finds and words it.
  const checked = quickCheckMap(document)
    ? null
    : journeyMapSchema.safeParse(document, { reportInput: true, error: describeIssue });
  // Non-finite numbers are found everywhere, unknown keys included; the schema's own report
  // of the same places is dropped so each problem is listed once.
  const nonFinite = findNonFiniteNumbers(document);
  const nonFinitePaths = new Set(nonFinite.map((p) => p.path));
  const schemaFailed = checked !== null && !checked.success;
  const problems = [
    ...(schemaFailed ? problemsFromZod(checked.error) : []).filter(
      (p) => !nonFinitePaths.has(p.path),
    ),
    ...nonFinite,
    ...findReferenceProblems(document),
  ];
  if (problems.length > 0 || schemaFailed) return fail(invalid(problems, problems.length));
  const repairs = repairComments(document);
  const map = restoreDefaults(document);
  return { ok: true, map, notes: [...notes, ...repairs, ...repairBlueprint(map)] };
}

/** Rule 9 for rows and notes (rows-repair.ts, notes-repair.ts), in place; their notices. */
function repairBlueprint(map: JourneyMap): string[] {
  if (map.rows === undefined && map.notes === undefined) return [];
  // Fresh ids look at every id in the map: only gathered when a repair needs one.
  let allocator: IdAllocator | undefined;
  const ids = (): IdAllocator => (allocator ??= idAllocator(map));
  return [...repairRows(map, ids), ...repairNotes(map, ids)];
}

export type DecodedText =
  { ok: true; text: string; bom: boolean } | { ok: false; error: ParseFailure };

/** A file's bytes as a map's text, or the typed failure every host shows the same way. */
export function decodeMapText(bytes: Uint8Array): DecodedText {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded;
  const { problem } = decoded;
  return {
    ok: false,
    error: { kind: 'not-utf8', ...problem, message: describeEncodingProblem(problem) },
  };
}

/** `parse` from a file's bytes: UTF-8 only, a byte-order mark tolerated. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const decoded = decodeMapText(bytes);
  return decoded.ok ? parse(decoded.text, options) : decoded;
}

function invalid(all: Problem[], total: number): ParseFailure {
  const problems = all.slice(0, MAX_PROBLEMS);
  const more = total > problems.length ? ` (showing the first ${problems.length})` : '';
  return {
    kind: 'invalid',
    problems,
    totalProblems: total,
    message: `The map has ${total} problem${total === 1 ? '' : 's'}${more}.`,
  };
}

/** One line per fact, for a dialog or a terminal. */
export function describeParseFailure(failure: ParseFailure): string[] {
  if (failure.kind !== 'invalid') return [failure.message];
  const lines = [failure.message, ...failure.problems.map(formatProblem)];
  if (failure.totalProblems > failure.problems.length) {
    lines.push(`…and ${failure.totalProblems - failure.problems.length} more.`);
  }
  return lines;
}

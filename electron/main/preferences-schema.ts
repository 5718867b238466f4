/**
 * The preferences file: its zod schema, its defaults, and the repair of a damaged file. Pure,
 * so it is tested without Electron; preferences.ts stores it with electron-store.
 *
 * Repair is per key: a key that is missing or wrong gets its default and the others are kept,
 * so a hand edit gone wrong in one place does not reset everything. A file that is not JSON
 * at all resets to the defaults. Either way the app starts, and says what it reset.
 */
import { z } from 'zod';
import {
  DEFAULT_USER_PREFERENCES,
  userPreferencesShape,
  type UserPreferences,
} from '../../src/ipc/preferences.ts';
import { normalizeRecent } from '../../src/node/recent-files.ts';

export const RECENT_FILES_CAP = 10;

const savedBoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  maximized: z.boolean(),
});

/**
 * The PDF preferences as main keeps them: the renderer's, plus the path of the fallback font,
 * which main alone sets (through its own open dialog) and never sends to a renderer.
 */
const mainPdfSchema = z.strictObject({
  ...userPreferencesShape.pdf.shape,
  fallbackFontPath: z.string().min(1).max(4096).nullable().default(null),
});

const preferencesShape = {
  ...userPreferencesShape,
  pdf: mainPdfSchema,
  /** Absolute paths, most recent first. Never sent to a renderer. */
  recentFiles: z.array(z.string().min(1)).max(RECENT_FILES_CAP),
  /** Window bounds per display (see windows.ts displayKey). */
  windowBounds: z.record(z.string().max(200), savedBoundsSchema),
};

/** Loose: keys written by a later version are kept, so going back and forth loses nothing. */
export const preferencesSchema = z.looseObject(preferencesShape);
export type Preferences = z.infer<typeof preferencesSchema>;
type Key = keyof typeof preferencesShape;

export const DEFAULT_PREFERENCES: Preferences = {
  ...DEFAULT_USER_PREFERENCES,
  pdf: { ...DEFAULT_USER_PREFERENCES.pdf, fallbackFontPath: null },
  recentFiles: [],
  windowBounds: {},
};

const PREFERENCE_KEYS = Object.keys(preferencesShape) as Key[];

const USER_KEYS = Object.keys(userPreferencesShape) as (keyof UserPreferences)[];

/** The part a renderer may see: no paths, no window bounds, no unknown keys. */
export function userPart(preferences: Preferences): UserPreferences {
  const user = Object.fromEntries(USER_KEYS.map((key) => [key, preferences[key]]));
  const { pageSize, orientation } = preferences.pdf;
  return structuredClone({ ...user, pdf: { pageSize, orientation } }) as UserPreferences;
}

export interface Repaired {
  value: Preferences;
  /** One line per key that was reset; empty when the data was fine. */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A renderer's change applied to main's preferences: the fallback font's path is kept. */
export function withUserPatch(current: Preferences, patch: Partial<UserPreferences>): Preferences {
  const next = { ...current, ...patch } as Preferences;
  if (patch.pdf) next.pdf = { ...patch.pdf, fallbackFontPath: current.pdf.fallbackFontPath };
  return preferencesSchema.parse(next);
}

/** Valid preferences from whatever was read: good keys kept, bad ones reset, unknown kept. */
export function repairPreferences(data: unknown): Repaired {
  if (!isObject(data)) {
    return {
      value: structuredClone(DEFAULT_PREFERENCES),
      problems: ['the file does not hold an object: every preference was reset'],
    };
  }
  const value: Record<string, unknown> = structuredClone(DEFAULT_PREFERENCES);
  for (const [key, raw] of Object.entries(data)) {
    if (!(key in preferencesShape) && key !== '__proto__') value[key] = raw;
  }
  const problems: string[] = [];
  for (const key of PREFERENCE_KEYS) {
    if (!(key in data)) continue; // A key added in a later version: its default, no notice.
    let raw = data[key];
    if (key === 'recentFiles' && Array.isArray(raw)) {
      raw = normalizeRecent(raw, { cap: RECENT_FILES_CAP });
    }
    if (key === 'windowBounds' && isObject(raw)) {
      // One bad display entry should not cost the others.
      raw = Object.fromEntries(
        Object.entries(raw).filter(([, b]) => savedBoundsSchema.safeParse(b).success),
      );
    }
    const checked = preferencesShape[key].safeParse(raw);
    if (checked.success) {
      value[key] = checked.data;
    } else {
      const issue = checked.error.issues[0];
      const where = [key, ...(issue?.path ?? [])].join('.');
      problems.push(`${where}: ${issue?.message ?? 'invalid'}; reset to the default`);
    }
  }
  return { value: value as Preferences, problems };
}

/** Reads the file's text; never throws. */
export function parsePreferencesText(text: string): Repaired {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return {
      value: structuredClone(DEFAULT_PREFERENCES),
      problems: ['the file is not valid JSON: every preference was reset'],
    };
  }
  return repairPreferences(data);
}

export const serializePreferences = (value: Preferences): string =>
  `${JSON.stringify(value, null, 2)}\n`;

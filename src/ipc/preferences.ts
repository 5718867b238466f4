/**
 * The user's preferences as the renderer may read and change them (window bounds and recent
 * files stay in main): their limits, their schema and their defaults, once. Electron main
 * checks the stored file and every change with this schema; the renderer's preferences form
 * shows the same limits in its messages, so the two can never disagree.
 */
import { z } from 'zod';
import { DEFAULT_DEPARTMENTS, DEFAULT_STAGES } from '../core/defaults.ts';
import { COLOR_PATTERN, LIMITS } from '../core/model.ts';
import { DEFAULT_PAPER, PAGE_SIZE_NAMES } from '../core/paper.ts';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES } from '../core/text-size.ts';

/** The page sizes a user may prefer: every size the exporter knows. */
export const PDF_PAGE_SIZES = PAGE_SIZE_NAMES;
export const THEMES = ['system', 'light', 'dark'] as const;
const ORIENTATIONS = ['landscape', 'portrait'] as const;

export const PREFERENCE_LIMITS = {
  /** Written into PDF title blocks. */
  authorNameLength: 200,
  /** A new map's stage and department names are names like any other in a map. */
  nameLength: LIMITS.nameLength,
  /** Stages, and departments, a new blank map may start with. */
  newMapListLength: 50,
  // 1 s: a workshop facilitator may want every keystroke kept; the default is 3 s.
  draftIntervalMinSeconds: 1,
  draftIntervalMaxSeconds: 600,
  /** The largest fallback font kept (CJK fonts are 10 to 30 MB). */
  fallbackFontBytes: 64 * 1024 * 1024,
} as const;

const L = PREFERENCE_LIMITS;
const hexColor = z.string().regex(COLOR_PATTERN);

export const userPreferencesShape = {
  /** What a new blank map starts with. */
  newMap: z.strictObject({
    stages: z.array(z.string().min(1).max(L.nameLength)).min(1).max(L.newMapListLength),
    departments: z
      .array(z.strictObject({ name: z.string().min(1).max(L.nameLength), color: hexColor }))
      .min(1)
      .max(L.newMapListLength),
  }),
  pdf: z.strictObject({
    pageSize: z.enum(PDF_PAGE_SIZES),
    orientation: z.enum(ORIENTATIONS),
  }),
  /** Written into new maps and PDF title blocks; may be empty. */
  authorName: z.string().max(L.authorNameLength),
  theme: z.enum(THEMES),
  /** Card text on the canvas and in PDF exports (core/text-size.ts). */
  textSize: z.enum(TEXT_SIZES),
  /** How often the renderer writes a draft of a document with unsaved changes. */
  draftIntervalSeconds: z
    .number()
    .int()
    .min(L.draftIntervalMinSeconds)
    .max(L.draftIntervalMaxSeconds),
};

export const userPreferencesSchema = z.strictObject(userPreferencesShape);
export type UserPreferences = z.infer<typeof userPreferencesSchema>;

/** A change to some preferences: each key given is replaced whole. */
export const userPreferencesPatchSchema = userPreferencesSchema.partial();
export type UserPreferencesPatch = z.infer<typeof userPreferencesPatchSchema>;

export const DEFAULT_USER_PREFERENCES: UserPreferences = {
  newMap: {
    stages: [...DEFAULT_STAGES],
    departments: DEFAULT_DEPARTMENTS.map(({ name, color }) => ({ name, color })),
  },
  pdf: { ...DEFAULT_PAPER },
  authorName: '',
  theme: 'system',
  textSize: DEFAULT_TEXT_SIZE,
  draftIntervalSeconds: 3,
};

/** Reading the scores typed into the inspector. */
import { LIMITS } from '../../../core/model.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const WHOLE = /^[+-]?\d+$/;

/** CSAT: a number from 1 to 5, decimals allowed ("4.5" or "4,5"); empty: none. */
export function parseCsat(text: string): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const value = DECIMAL.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(value) || value < LIMITS.csatMin || value > LIMITS.csatMax) {
    return {
      ok: false,
      error: `CSAT is a number from ${LIMITS.csatMin} to ${LIMITS.csatMax} (decimals allowed), or empty for none.`,
    };
  }
  return { ok: true, value };
}

/** NPS: a whole number from -100 to 100; empty: not measured. */
export function parseNps(text: string): Parsed<number | null> {
  const trimmed = text.trim().replace('\u2212', '-');
  if (trimmed === '') return { ok: true, value: null };
  const value = WHOLE.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isInteger(value) || value < LIMITS.npsMin || value > LIMITS.npsMax) {
    return {
      ok: false,
      error: `NPS is a whole number from ${LIMITS.npsMin} to ${LIMITS.npsMax}, or empty when not measured.`,
    };
  }
  return { ok: true, value };
}

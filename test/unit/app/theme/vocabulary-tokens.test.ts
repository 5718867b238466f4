/**
 * The vocabulary's CSS variables are built from the presentation table: every kind,
 * emotion level, severity and row type yields its variables, each a light-dark() pair of
 * the table's screen colours, and nothing else is declared.
 */
import { describe, expect, it } from 'vitest';
import {
  EMOTION_LOOKS,
  KIND_LOOKS,
  LOWEST_MOMENT,
  ROW_LOOKS,
  SEVERITY_LOOKS,
  type Swatch,
} from '../../../../src/core/presentation.ts';
import {
  EMOTION_LIST,
  KIND_LIST,
  ROW_LIST,
  SEVERITY_LIST,
} from '../../../../src/core/vocabulary.ts';
import {
  vocabularyStylesheet,
  vocabularyTokens,
} from '../../../../src/app/theme/vocabulary-tokens.ts';

const pair = (swatch: Swatch) => `light-dark(${swatch.light}, ${swatch.dark})`;

describe('vocabularyTokens', () => {
  const tokens = new Map(vocabularyTokens());

  it('gives every kind its stroke, fill and chip text', () => {
    for (const { id } of KIND_LIST) {
      const look = KIND_LOOKS[id];
      expect(tokens.get(`--tm-kind-${id}-stroke`)).toBe(pair(look.stroke));
      expect(tokens.get(`--tm-kind-${id}-fill`)).toBe(pair(look.fill));
      expect(tokens.get(`--tm-kind-${id}-chip-text`)).toBe(pair(look.chipText));
    }
  });

  it('gives every emotion level its colour and face fill, named by its CSS-safe token', () => {
    expect(EMOTION_LIST.map((term) => term.token)).toEqual(['n2', 'n1', '0', '1', '2']);
    for (const term of EMOTION_LIST) {
      const look = EMOTION_LOOKS[`${term.value}`];
      expect(tokens.get(`--tm-emotion-${term.token}`)).toBe(pair(look.color));
      expect(tokens.get(`--tm-emotion-${term.token}-face`)).toBe(pair(look.face));
    }
  });

  it('gives every severity its accent, badge and badge text', () => {
    for (const { id } of SEVERITY_LIST) {
      const look = SEVERITY_LOOKS[id];
      expect(tokens.get(`--tm-severity-${id}`)).toBe(pair(look.color));
      expect(tokens.get(`--tm-severity-${id}-badge`)).toBe(pair(look.badge));
      expect(tokens.get(`--tm-severity-${id}-badge-text`)).toBe(pair(look.badgeText));
    }
  });

  it('gives every row type its fill, and the lowest moments their colour', () => {
    for (const { id } of ROW_LIST) {
      expect(tokens.get(`--tm-row-${id}-fill`)).toBe(pair(ROW_LOOKS[id].fill));
    }
    expect(tokens.get('--tm-lowest')).toBe(pair(LOWEST_MOMENT));
  });

  it('declares nothing else, each name once', () => {
    const expected =
      KIND_LIST.length * 3 +
      EMOTION_LIST.length * 2 +
      SEVERITY_LIST.length * 3 +
      ROW_LIST.length +
      1;
    expect(vocabularyTokens()).toHaveLength(expected);
    expect(tokens.size).toBe(expected);
  });
});

describe('vocabularyStylesheet', () => {
  it('is one :root rule declaring every token', () => {
    const css = vocabularyStylesheet();
    expect(css.startsWith(':root {\n')).toBe(true);
    expect(css.trimEnd().endsWith('}')).toBe(true);
    expect(css.match(/\{/g)).toHaveLength(1);
    for (const [name, value] of vocabularyTokens()) {
      expect(css).toContain(`  ${name}: ${value};\n`);
    }
  });
});

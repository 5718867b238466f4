/**
 * The vocabulary drives the PDF: a map with a touchpoint of every kind, every emotion level,
 * a friction of every severity and every channel is exported, and its words (pdftotext) and
 * print colours (the uncompressed content streams) are looked for. The terms are enumerated
 * from core/vocabulary.ts, so a new kind, level, severity or channel is covered as soon as it
 * is added to the table.
 */
import { describe, expect, it, vi } from 'vitest';
import type { JourneyMap, Touchpoint } from '../../../src/core/model.ts';
import {
  EMOTION_LOOKS,
  KIND_LOOKS,
  SEVERITY_LOOKS,
  type Swatch,
} from '../../../src/core/presentation.ts';
import {
  CHANNEL_LIST,
  EMOTION_LIST,
  KIND_LIST,
  SEVERITY_LIST,
} from '../../../src/core/vocabulary.ts';
import { exportPdf, type ExportOptions } from '../../../src/pdf/index.ts';
import { emotionScore } from '../../../src/pdf/theme.ts';
import {
  DATE,
  bundledFonts,
  compact,
  hasColor,
  pdfColors,
  pdfTextCompact,
  writePdf,
} from './helpers.ts';
import { touchpoint } from './maps.ts';

// Real exports and external tools: slower than a unit test, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/**
 * One card per stage; card i has kind i, emotion i, a friction of severity i and channel i,
 * each list wrapping (kinds, channels) or running out (emotions: unrated; severities: none).
 */
function everyTermMap(): JourneyMap {
  const count = Math.max(
    KIND_LIST.length,
    EMOTION_LIST.length,
    SEVERITY_LIST.length,
    CHANNEL_LIST.length,
  );
  const touchpoints: Touchpoint[] = Array.from({ length: count }, (_, i) => {
    const severity = SEVERITY_LIST[i];
    return touchpoint(`tp${i}`, `s${i}`, 'd1', `Card ${i + 1}`, 16, 16, {
      kind: KIND_LIST[i % KIND_LIST.length]!.id,
      emotion: EMOTION_LIST[i]?.value ?? null,
      channel: CHANNEL_LIST[i % CHANNEL_LIST.length]!.id,
      frictions: severity
        ? [{ id: `f${i}`, text: `A ${severity.id} friction`, severity: severity.id }]
        : [],
    });
  });
  return {
    format: 'touchmap',
    version: 1,
    id: 'every-term',
    title: 'Every term of the vocabulary',
    stages: touchpoints.map((_, i) => ({ id: `s${i}`, name: `Stage ${i + 1}` })),
    departments: [{ id: 'd1', name: 'Front desk', color: '#3f88c5' }],
    touchpoints,
    connections: [],
  };
}

async function exported(name: string, options: ExportOptions) {
  const { bytes } = await exportPdf(
    everyTermMap(),
    { date: DATE, ...options },
    await bundledFonts(),
  );
  const path = writePdf(`vocabulary-${name}`, bytes);
  return { text: pdfTextCompact(path), colors: pdfColors(path) };
}

const print = (swatch: Swatch): string => swatch.print;

describe('the PDF reads its words and colours from the vocabulary', () => {
  it('the legend names every kind, emotion level and severity', async () => {
    const { text } = await exported('legend', { legend: true });
    for (const kind of KIND_LIST) {
      expect(text).toContain(compact(kind.word.toUpperCase()));
      expect(text).toContain(compact(kind.legend));
    }
    for (const emotion of EMOTION_LIST) {
      expect(text).toContain(compact(emotion.word));
      expect(text).toContain(compact(emotionScore(emotion.value)));
    }
    for (const severity of SEVERITY_LIST)
      expect(text).toContain(compact(`${severity.rank} ${severity.word.toLowerCase()}`));
  });

  it('the cards show every kind, severity and channel, without the legend', async () => {
    const { text } = await exported('cards', { legend: false });
    for (const kind of KIND_LIST) expect(text).toContain(compact(kind.word.toUpperCase()));
    // Each card has one friction: its badge reads "1 high".
    for (const severity of SEVERITY_LIST)
      expect(text).toContain(compact(`1 ${severity.word.toLowerCase()}`));
    for (const channel of CHANNEL_LIST) expect(text).toContain(compact(channel.word));
    // The title block counts the touchpoints of every kind, in the kinds' words.
    const { touchpoints } = everyTermMap();
    const perKind = KIND_LIST.map((k) => {
      const n = touchpoints.filter((tp) => tp.kind === k.id).length;
      return `${n} ${k.word.toLowerCase()}`;
    });
    expect(text).toContain(compact(`(${perKind.join(', ')})`));
  });

  it('draws every kind, emotion and severity in its print colours', async () => {
    const { colors } = await exported('colours', { legend: false });
    for (const kind of KIND_LIST) {
      const look = KIND_LOOKS[kind.id];
      expect(hasColor(colors.stroke, print(look.stroke)), `${kind.id} border`).toBe(true);
      expect(hasColor(colors.fill, print(look.fill)), `${kind.id} card fill`).toBe(true);
    }
    for (const emotion of EMOTION_LIST) {
      const look = EMOTION_LOOKS[`${emotion.value}`];
      expect(hasColor(colors.stroke, print(look.color)), `${emotion.word} face`).toBe(true);
      expect(hasColor(colors.fill, print(look.color)), `${emotion.word} curve point`).toBe(true);
      expect(hasColor(colors.fill, print(look.face)), `${emotion.word} face fill`).toBe(true);
    }
    for (const severity of SEVERITY_LIST) {
      const look = SEVERITY_LOOKS[severity.id];
      expect(hasColor(colors.fill, print(look.badge)), `${severity.id} badge`).toBe(true);
      expect(hasColor(colors.stroke, print(look.badgeText)), `${severity.id} badge border`).toBe(
        true,
      );
    }
  });
});

/**
 * The canvas and the panels draw the whole vocabulary from its tables: a map with one card
 * of each kind and emotion level, and a friction of each severity, shows every kind's word
 * and variables on its cards, every level in the emotion legend and every severity on a
 * card; the inspector offers every kind and emotion level.
 */
import { readFileSync } from 'node:fs';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/core/parse.ts';
import type { JourneyMap, Touchpoint } from '../../../src/core/model.ts';
import {
  EMOTION_LIST,
  KIND_LIST,
  ROW_TERMS,
  SEVERITY_LIST,
  UNRATED_WORD,
} from '../../../src/core/vocabulary.ts';
import { App } from '../../../src/app/App.tsx';
import { createSession, type Session } from '../../../src/app/shell/session.ts';
import { createMemoryPlatform } from '../../../src/app/platform/memory.ts';

function vocabularyMap(): JourneyMap {
  const result = parse(readFileSync('test/fixtures/e2e/small.touchmap', 'utf8'));
  if (!result.ok) throw new Error('fixture');
  const base = result.map;
  const touchpoints: Touchpoint[] = KIND_LIST.flatMap((kind, k) =>
    EMOTION_LIST.map((emotion, e): Touchpoint => {
      const index = k * EMOTION_LIST.length + e;
      const severity = SEVERITY_LIST[index % SEVERITY_LIST.length]!;
      return {
        id: `tp-${kind.id}-${emotion.token}`,
        title: `${kind.word} ${emotion.word}`,
        stageId: base.stages[index % base.stages.length]!.id,
        departmentId: base.departments[index % base.departments.length]!.id,
        kind: kind.id,
        channel: 'web',
        emotion: emotion.value,
        frictions: [{ id: `fr-${index}`, text: `Friction ${index}`, severity: severity.id }],
        opportunities: [],
        position: { x: 16, y: 16 },
      };
    }),
  );
  return { ...base, touchpoints, connections: [] };
}

async function renderEditor(): Promise<Session> {
  const session = createSession({ map: vocabularyMap(), file: null });
  render(<App platform={createMemoryPlatform({})} initialSession={session} />);
  const expected = KIND_LIST.length * EMOTION_LIST.length;
  await waitFor(() => expect(document.querySelectorAll('.tm-card')).toHaveLength(expected));
  return session;
}

describe('the vocabulary on the canvas and in the panels', () => {
  it('installs the vocabulary variables once', () => {
    const sheets = document.querySelectorAll('style#tm-vocabulary-tokens');
    expect(sheets).toHaveLength(1);
    for (const kind of KIND_LIST) {
      expect(sheets[0]!.textContent).toContain(`--tm-kind-${kind.id}-stroke: light-dark(`);
    }
  });

  it('shows each kind on its cards with its word and its variables', async () => {
    await renderEditor();
    for (const kind of KIND_LIST) {
      const cards = [...document.querySelectorAll<HTMLElement>(`.tm-card[data-kind="${kind.id}"]`)];
      expect(cards).toHaveLength(EMOTION_LIST.length);
      for (const card of cards) {
        expect(card.querySelector('.tm-card-kind')!.textContent).toBe(kind.word);
        expect(card.style.getPropertyValue('--kind-stroke')).toBe(
          `var(--tm-kind-${kind.id}-stroke)`,
        );
        expect(card.style.getPropertyValue('--kind-fill')).toBe(`var(--tm-kind-${kind.id}-fill)`);
        expect(card.style.getPropertyValue('--kind-chip-text')).toBe(
          `var(--tm-kind-${kind.id}-chip-text)`,
        );
      }
    }
  });

  it('shows each emotion level on its card and in the legend, each severity on a card', async () => {
    await renderEditor();
    for (const emotion of EMOTION_LIST) {
      const faces = document.querySelectorAll<SVGElement>(`.tm-card .tm-face-${emotion.token}`);
      expect(faces).toHaveLength(KIND_LIST.length);
      expect(faces[0]!.style.getPropertyValue('--emotion-face')).toBe(
        `var(--tm-emotion-${emotion.token}-face)`,
      );
      const point = document.querySelector<SVGElement>(
        `.tm-curve-point.tm-emotion-${emotion.token}`,
      );
      expect(point!.style.getPropertyValue('--emotion-color')).toBe(
        `var(--tm-emotion-${emotion.token})`,
      );
    }
    const legend = screen.getByLabelText('Emotion levels');
    expect(legend.textContent).toContain(ROW_TERMS.emotion.word);
    const words = [...legend.querySelectorAll('.tm-emotion-level-word')].map((e) => e.textContent);
    expect([...words].sort()).toEqual(EMOTION_LIST.map((e) => e.word).sort());

    for (const severity of SEVERITY_LIST) {
      const badge = document.querySelector<HTMLElement>(`.tm-card-friction--${severity.id}`);
      expect(badge!.textContent).toBe(`1 · ${severity.word}`);
      expect(badge!.style.getPropertyValue('--severity-badge')).toBe(
        `var(--tm-severity-${severity.id}-badge)`,
      );
    }
  });

  it('offers every kind and emotion level in the inspector', async () => {
    const session = await renderEditor();
    const [first] = session.document.getState().map.touchpoints;
    act(() => session.view.getState().select({ touchpoints: [first!.id] }));
    const inspector = await screen.findByRole('complementary', { name: 'Inspector' });

    const kinds = within(inspector).getByRole('radiogroup', { name: 'Kind' });
    const kindRadios = within(kinds).getAllByRole('radio');
    expect(kindRadios.map((radio) => radio.textContent)).toEqual(KIND_LIST.map((k) => k.word));
    KIND_LIST.forEach((kind, index) => {
      expect(kindRadios[index]!.style.getPropertyValue('--kind-stroke')).toBe(
        `var(--tm-kind-${kind.id}-stroke)`,
      );
    });

    const emotions = within(inspector).getByRole('radiogroup', { name: 'Emotion' });
    expect(
      within(emotions)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('aria-label')),
    ).toEqual([...EMOTION_LIST.map((e) => `${e.word} (${e.score})`), UNRATED_WORD]);

    const chip = inspector.querySelector<HTMLElement>('.pn-kind')!;
    expect(chip.textContent).toBe(KIND_LIST.find((k) => k.id === first!.kind)!.word);
    expect(chip.style.getPropertyValue('--kind-stroke')).toBe(
      `var(--tm-kind-${first!.kind}-stroke)`,
    );
  });
});

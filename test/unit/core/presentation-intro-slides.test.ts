import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  personaSlides,
  titleSlides,
  type PersonaBlock,
} from '../../../src/core/presentation-intro-slides.ts';
import { chunkText, linesOf } from '../../../src/core/slide-text.ts';

const words = (n: number, word = 'journey') =>
  Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
const COUNTS = { stages: 4, touchpoints: 12 };
const normalised = (text: string) => text.trim().split(/\s+/).join(' ');

describe('chunkText', () => {
  it('keeps every word, in order, in pieces that fit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé]{1,30}$/), { maxLength: 200 }),
        fc.integer({ min: 10, max: 90 }),
        fc.integer({ min: 1, max: 12 }),
        (list, perLine, lines) => {
          const text = list.join(' \n ');
          const chunks = chunkText(text, perLine, lines);
          // A word longer than a whole piece is the one thing cut inside (tested below).
          if (list.every((word) => word.length <= perLine * lines))
            expect(chunks.join(' ')).toBe(list.join(' '));
          else expect(chunks.join('').replaceAll(' ', '')).toBe(list.join(''));
          for (const chunk of chunks) expect(linesOf(chunk, perLine)).toBeLessThanOrEqual(lines);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('cuts a word only when it is longer than a whole piece', () => {
    const url = `https://example.com/${'x'.repeat(120)}`;
    const chunks = chunkText(`See ${url} now`, 20, 2);
    expect(chunks.join(' ').replaceAll(' ', '')).toBe(`See${url}now`);
    expect(chunks.every((c) => c.length <= 40)).toBe(true);
    expect(chunkText('one two three', 20, 2)).toEqual(['one two three']);
  });

  it('gives the first piece its own budget', () => {
    const chunks = chunkText(words(60), 40, 6, 1);
    expect(linesOf(chunks[0]!, 40)).toBe(1);
    expect(linesOf(chunks[1]!, 40)).toBeGreaterThan(1);
  });
});

describe('title slides', () => {
  it('is one slide for a short description, or none', () => {
    expect(titleSlides('Hotel stay', 'A weekend away.', COUNTS)).toEqual([
      {
        kind: 'title',
        title: 'Hotel stay',
        description: 'A weekend away.',
        ...COUNTS,
        part: 1,
        parts: 1,
      },
    ]);
    expect(titleSlides('Hotel stay', '   ', COUNTS)[0]!.description).toBeNull();
  });

  it('continues a long description on more slides, losing no word', () => {
    const text = words(600);
    const slides = titleSlides('Hotel stay', text, COUNTS);
    expect(slides.length).toBeGreaterThan(2);
    expect(slides.map((s) => s.description).join(' ')).toBe(text);
    expect(slides.map((s) => [s.part, s.parts])).toEqual(
      slides.map((_, i) => [i + 1, slides.length]),
    );
  });

  it('starts the description on slide 2 under a title that fills the first', () => {
    const title = words(20, 'Wordy');
    const slides = titleSlides(title, words(30), COUNTS);
    expect(slides[0]!.description).toBeNull();
    expect(
      slides
        .slice(1)
        .map((s) => s.description)
        .join(' '),
    ).toBe(words(30));
  });
});

describe('persona slides', () => {
  const texts = (blocks: PersonaBlock[]) =>
    blocks.flatMap((b) => (b.kind === 'goals' ? b.goals : [b.text]));

  it('keeps a short persona on one slide, in reading order', () => {
    const [slide, ...rest] = personaSlides({
      name: 'Ada',
      description: 'Travels for work.',
      goals: ['Sleep well', 'Check in fast'],
      quote: 'Just let me in.',
    });
    expect(rest).toEqual([]);
    expect(slide!.blocks).toEqual([
      { kind: 'about', text: 'Travels for work.' },
      { kind: 'goals', goals: ['Sleep well', 'Check in fast'], continued: false },
      { kind: 'quote', text: 'Just let me in.' },
    ]);
  });

  it('cuts a long persona into slides that each fit, losing nothing', () => {
    const persona = {
      name: 'Ada',
      description: words(300),
      goals: Array.from({ length: 25 }, (_, i) => `Goal number ${i} ${words(8)}`),
      quote: words(40, 'quote'),
    };
    const slides = personaSlides(persona);
    expect(slides.length).toBeGreaterThan(3);
    const blocks = slides.flatMap((s) => s.blocks);
    // Reading order: about, goals, quote.
    expect(blocks.map((b) => b.kind).join(' ')).toMatch(/^(about )+(goals )+quote( quote)*$/);
    const quote = blocks.filter((b) => b.kind === 'quote');
    expect(texts(quote).join(' ')).toBe(persona.quote);
    const about = slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'about');
    expect(about.map((b) => (b.kind === 'about' ? b.text : '')).join(' ')).toBe(
      persona.description,
    );
    const goals = slides.flatMap((s) => s.blocks).filter((b) => b.kind === 'goals');
    expect(goals.flatMap((b) => (b.kind === 'goals' ? b.goals : []))).toEqual(
      persona.goals.map(normalised),
    );
    // The goals list says where it goes on.
    expect(goals.map((b) => b.kind === 'goals' && b.continued)).toEqual(goals.map((_, i) => i > 0));
    expect(slides.every((s, i) => s.part === i + 1 && s.parts === slides.length)).toBe(true);
  });

  it('puts many short goals in one list, not one heading per goal', () => {
    const slides = personaSlides({ name: 'Ada', goals: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
    expect(slides).toHaveLength(1);
    expect(slides[0]!.blocks).toHaveLength(1);
  });
});

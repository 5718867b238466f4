/**
 * The slides of a PowerPoint export, in order: the title slide (and its continuations), the
 * persona, the whole map, then one slide per stage (more when a stage holds more than one
 * slide shows at a readable size). Presentation mode's slide plan (core/presentation-slides.ts)
 * decides the title, persona and stage slides, so the deck and the room see the same cuts.
 */
import type { JourneyMap } from '../core/model.ts';
import { buildSlides } from '../core/presentation-slides.ts';
import { personaSlide, titleSlide } from './intro-slides.ts';
import { mapSlide } from './map-slide.ts';
import type { SlideSpec } from './slide-shapes.ts';
import { stageSlide } from './stage-slide.ts';

export function buildDeck(map: JourneyMap): SlideSpec[] {
  const planned = buildSlides(map);
  const deck: SlideSpec[] = [];
  for (const slide of planned) {
    if (slide.kind === 'title') deck.push(titleSlide(slide));
    if (slide.kind === 'persona') deck.push(personaSlide(slide));
  }
  deck.push(mapSlide(map));
  for (const slide of planned) if (slide.kind === 'stage') deck.push(stageSlide(slide));
  return deck;
}

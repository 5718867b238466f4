/**
 * Maps for the PDF tests and the benchmark: a stress map that exercises every corner of the
 * drawing, and generated maps of any size.
 */
import type {
  Channel,
  Emotion,
  JourneyMap,
  Severity,
  Touchpoint,
  TouchpointKind,
} from '../../../src/core/model.ts';
import { CHANNELS, EMOTIONS, SEVERITIES } from '../../../src/core/model.ts';
import { DEFAULT_DEPARTMENTS, DEFAULT_STAGES } from '../../../src/core/defaults.ts';
import { touchpointOf } from '../map-parts.ts';

/** Has no glyph in the bundled font: exported without a fallback, it is reported missing. */
export const CHINESE_TITLE = '顾客旅程地图';

const LONG_TITLE =
  'An extraordinarily long touchpoint title about the customer calling the support line three times, being transferred between agents and finally giving up in frustration before the chat';

export function touchpoint(
  id: string,
  stageId: string,
  departmentId: string,
  title: string,
  x: number,
  y: number,
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return touchpointOf(id, stageId, departmentId, { title, position: { x, y }, ...extra });
}

/** Long titles, 40 cards in one cell, empty stages, every emotion and severity, many scripts. */
export function stressMap(): JourneyMap {
  const stages = [
    { id: 's1', name: 'Überlegung & Vergleich' },
    { id: 's2', name: 'Αγορά και πληρωμή' },
    { id: 's3', name: 'Empty stage' },
    { id: 's4', name: 'Подключение' },
    {
      id: 's5',
      name: 'A very long stage name that has to wrap onto two lines in its header and then some more',
    },
    { id: 's6', name: 'Łódź – Ústí – Ærø' },
    { id: 's7', name: 'Also empty' },
  ];
  const departments = [
    { id: 'd1', name: 'Ventes · Équipe française', color: '#d9734e' },
    { id: 'd2', name: 'Служба поддержки клиентов', color: '#3f88c5' },
    { id: 'd3', name: 'Τμήμα Πωλήσεων', color: '#5a9e6f' },
    { id: 'd4', name: 'Zákaznický servis (čeština)', color: '#8a6fc0' },
    { id: 'd5', name: 'Øresund Operations ÆØÅ', color: '#c9607f' },
  ];
  const touchpoints: Touchpoint[] = [];
  // 40 cards in one cell (stage s4, department d2), 5 across and 8 down.
  for (let i = 0; i < 40; i++) {
    const emotion = EMOTIONS[i % 5]!;
    const severity = SEVERITIES[i % 3]!;
    touchpoints.push(
      touchpoint(
        `crowd-${i}`,
        's4',
        'd2',
        `Звонок ${i + 1}: ожидание на линии`,
        16 + (i % 5) * 216,
        16 + Math.floor(i / 5) * 112,
        {
          kind: i % 2 === 0 ? 'service' : 'experience',
          channel: CHANNELS[i % CHANNELS.length]!,
          emotion: i % 7 === 6 ? null : emotion,
          frictions: Array.from({ length: i % 4 }, (_, k) => ({
            id: `crowd-${i}-f${k}`,
            text: `Friction ${k + 1} of call ${i + 1}`,
            severity: k === 0 ? severity : 'low',
          })),
          csat: i % 3 === 0 ? 1 + (i % 5) : null,
        },
      ),
    );
  }
  const extra: [string, string, string, string, Partial<Touchpoint>][] = [
    ['long', 's1', 'd1', LONG_TITLE, { kind: 'service', emotion: -2, channel: 'phone' }],
    [
      'greek',
      's2',
      'd3',
      'Ηλεκτρονική πληρωμή με κάρτα',
      { emotion: 1, channel: 'app', csat: 4.5 },
    ],
    [
      'czech',
      's6',
      'd4',
      'Žluťoučký kůň úpěl ďábelské ódy',
      { kind: 'service', emotion: 0, channel: 'chat' },
    ],
    ['nordic', 's6', 'd5', 'Ærø færgen – Øresund Åbent', { emotion: 2, channel: 'in-person' }],
    ['chinese', 's2', 'd1', CHINESE_TITLE, { emotion: -1, channel: 'social' }],
    ['word', 's5', 'd3', 'Supercalifragilisticexpialidociousness­Unbreakable', { emotion: null }],
    [
      'frictions',
      's5',
      'd1',
      'Checkout with every severity',
      {
        kind: 'service',
        emotion: -2,
        channel: 'web',
        csat: 2,
        frictions: SEVERITIES.map((severity: Severity, k) => ({
          id: `fr-${k}`,
          text: `A ${severity} friction: misaligned information between the website and the shop`,
          severity,
        })),
        opportunities: [{ id: 'op-1', text: 'Explain the steps up front' }],
      },
    ],
  ];
  extra.forEach(([id, stageId, departmentId, title, more], i) =>
    touchpoints.push(touchpoint(id, stageId, departmentId, title, 16, 16 + (i % 2) * 112, more)),
  );
  return {
    format: 'touchmap',
    version: 1,
    id: 'stress',
    title: 'Stress map: Ünïcödé, Ελληνικά, Кириллица and a title long enough to wrap',
    description:
      'Every emotion and severity, forty cards in one cell, empty stages, long titles, and text in Czech (ěščřžýáíé), Polish (ąęłńóśźż), Greek and Cyrillic.',
    persona: {
      name: 'Анна Каренина',
      description: 'A demanding customer who reads every word.',
      goals: ['Να πληρώσει γρήγορα', 'Get help without waiting on the phone', 'Žádná překvapení'],
      quote: 'Όλα ρέουν — everything flows, except the support queue.',
    },
    nps: -35,
    stages,
    departments,
    touchpoints,
    connections: [
      { id: 'c1', from: 'long', to: 'greek', label: 'pays' },
      { id: 'c2', from: 'greek', to: 'crowd-0', label: 'calls support' },
      { id: 'c3', from: 'crowd-0', to: 'crowd-5' },
      { id: 'c4', from: 'crowd-4', to: 'frictions' },
      { id: 'c5', from: 'frictions', to: 'czech', label: 'Přejde do chatu' },
      { id: 'c6', from: 'czech', to: 'nordic' },
      { id: 'c7', from: 'nordic', to: 'long', label: 'back to the start' },
    ],
  };
}

/**
 * A map of `n` touchpoints spread over the default stages and departments, a few cards per
 * cell, with emotions, frictions, CSAT and a connection from each card to the next.
 */
export function generatedMap(n: number): JourneyMap {
  const stages = DEFAULT_STAGES.map((name, i) => ({ id: `st-${i}`, name }));
  const departments = DEFAULT_DEPARTMENTS.map((d, i) => ({ id: `dep-${i}`, ...d }));
  const cells = stages.length * departments.length;
  const perCell = Math.ceil(n / cells);
  const across = Math.max(1, Math.ceil(Math.sqrt(perCell)));
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < n; i++) {
    const cell = i % cells;
    const k = Math.floor(i / cells);
    const kind: TouchpointKind = i % 3 === 0 ? 'service' : 'experience';
    const channel: Channel = CHANNELS[i % CHANNELS.length]!;
    const emotion: Emotion | null = i % 6 === 5 ? null : EMOTIONS[i % 5]!;
    touchpoints.push(
      touchpoint(
        `tp-${i}`,
        stages[cell % stages.length]!.id,
        departments[Math.floor(cell / stages.length)]!.id,
        `Touchpoint ${i + 1}: ${['Visit the website', 'Call the support line', 'Receive the invoice', 'Chat with an agent', 'Read the welcome email'][i % 5]}`,
        16 + (k % across) * 216,
        16 + Math.floor(k / across) * 112,
        {
          kind,
          channel,
          emotion,
          csat: kind === 'service' ? 1 + (i % 5) : null,
          frictions:
            i % 4 === 0
              ? [{ id: `tp-${i}-f`, text: 'Waited too long', severity: SEVERITIES[i % 3]! }]
              : [],
          opportunities: i % 5 === 0 ? [{ id: `tp-${i}-o`, text: 'Call back proactively' }] : [],
        },
      ),
    );
  }
  return {
    format: 'touchmap',
    version: 1,
    id: `generated-${n}`,
    title: `Generated journey of ${n} touchpoints`,
    description: 'A generated map for tests and benchmarks.',
    persona: { name: 'Pat Example', quote: 'Just make it work.', goals: ['Finish quickly'] },
    nps: 20,
    stages,
    departments,
    touchpoints,
    connections: touchpoints.slice(1).map((tp, i) => ({
      id: `cn-${i}`,
      from: touchpoints[i]!.id,
      to: tp.id,
    })),
  };
}

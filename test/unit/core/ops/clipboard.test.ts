import { describe, expect, it } from 'vitest';
import type { Connection, JourneyMap, Touchpoint } from '../../../../src/core/model.ts';
import {
  OperationError,
  allIds,
  duplicateTouchpoints,
  pasteTouchpoints,
  type CopyResult,
} from '../../../../src/core/ops/index.ts';
import { apply, card, deepFreeze, expectValid, ids, sampleMap, tp } from './fixtures.ts';

/** Runs a copy op on frozen input and checks the result is valid with every id unique. */
function copy(map: JourneyMap, op: (input: JourneyMap) => CopyResult): CopyResult {
  let result: CopyResult | undefined;
  apply(map, (m) => {
    result = op(m);
    return result.map;
  });
  if (result === undefined) throw new Error('op did not run');
  const everyId = [
    ...result.map.stages,
    ...result.map.departments,
    ...result.map.touchpoints,
    ...result.map.touchpoints.flatMap((t) => [...t.frictions, ...t.opportunities]),
    ...result.map.connections,
  ].map((record) => record.id);
  expect(new Set(everyId).size).toBe(everyId.length);
  return result;
}

describe('duplicateTouchpoints', () => {
  it('copies cards with fresh ids for them and their frictions and opportunities', () => {
    const { map, ids: copies } = copy(sampleMap(), (m) => duplicateTouchpoints(m, ['tp-ad']));
    expect(copies).toEqual(['tp-1']);
    expect(tp(map, 'tp-1')).toEqual({
      ...tp(sampleMap(), 'tp-ad'),
      id: 'tp-1',
      frictions: [{ id: 'fr-3', text: 'Too loud', severity: 'low', 'x-fr': 'f' }],
      opportunities: [{ id: 'op-2', text: 'Show prices', 'x-op': 'o' }],
      // 16 right and down of tp-ad is taken by tp-ad and tp-web below it: the nearest free
      // slot is the next one down.
      position: { x: 16, y: 240, 'x-pos': 'p' },
    });
    expect(tp(map, 'tp-1')).toHaveProperty('x-card', { keep: 'me' });
    expect(tp(map, 'tp-ad').frictions[0]?.id).toBe('fr-1');
  });

  it('copies the connections that run between duplicated cards, and no others', () => {
    const { map, ids: copies } = copy(sampleMap(), (m) =>
      duplicateTouchpoints(m, ['tp-ad', 'tp-web', 'tp-call'], { x: 0, y: 300 }),
    );
    expect(copies).toEqual(['tp-1', 'tp-2', 'tp-3']);
    expect(map.connections.slice(3)).toEqual([
      { id: 'cn-4', from: 'tp-1', to: 'tp-2', label: 'clicks', 'x-cn': 0 },
    ]);
    // 300 below tp-web (16, 128) is 428: the nearest slot is row 4 (464); row 3 took tp-ad's copy.
    expect(tp(map, 'tp-1').position).toMatchObject({ x: 16, y: 352 });
    expect(tp(map, 'tp-2').position).toEqual({ x: 16, y: 464 });
  });

  it('copies each card once when an id is given twice', () => {
    const { ids: copies } = copy(sampleMap(), (m) => duplicateTouchpoints(m, ['tp-ad', 'tp-ad']));
    expect(copies).toHaveLength(1);
  });

  it('gives unique ids when duplicating copies again', () => {
    let map = sampleMap();
    for (let i = 0; i < 3; i++) {
      map = copy(map, (m) => duplicateTouchpoints(m, ids(m.touchpoints))).map;
    }
    expect(map.touchpoints).toHaveLength(32);
    expect(map.connections).toHaveLength(24);
  });

  it('refuses an unknown id or a bad offset', () => {
    expect(() => duplicateTouchpoints(sampleMap(), ['tp-x'])).toThrow(OperationError);
    expect(() => duplicateTouchpoints(sampleMap(), ['tp-ad'], { x: Number.NaN, y: 0 })).toThrow(
      /offset/,
    );
  });
});

describe('pasteTouchpoints', () => {
  const clipboard = (): { cards: Touchpoint[]; links: Connection[] } => {
    const source = sampleMap();
    return deepFreeze({
      cards: [tp(source, 'tp-ad'), tp(source, 'tp-web'), tp(source, 'tp-buy')],
      links: source.connections,
    });
  };

  it('pastes into the same map with fresh ids, keeping cells and connections among the pasted', () => {
    const { cards, links } = clipboard();
    const { map, ids: pasted } = copy(sampleMap(), (m) =>
      pasteTouchpoints(m, cards, links, { offset: { x: 10, y: 0 } }),
    );
    expect(pasted).toEqual(['tp-1', 'tp-2', 'tp-3']);
    expect(tp(map, 'tp-1')).toMatchObject({
      title: 'Instagram ad',
      stageId: 'st-a',
      // 10 right of tp-ad, which is there (and tp-web below it): the next slot down.
      position: { x: 16, y: 240 },
      'x-card': { keep: 'me' },
    });
    expect(tp(map, 'tp-1').frictions.map((f) => f.id)).toEqual(['fr-3']);
    expect(map.connections.slice(3).map((c) => [c.from, c.to])).toEqual([
      ['tp-1', 'tp-2'],
      ['tp-2', 'tp-3'],
    ]);
  });

  it('sends cards whose stage or department is missing to the target, stacked', () => {
    const other: JourneyMap = {
      ...sampleMap(),
      stages: [
        { id: 'st-b', name: 'Buy' },
        { id: 'st-z', name: 'Zed' },
      ],
      departments: [{ id: 'dep-s', name: 'Service', color: '#000000' }],
      touchpoints: [card({ id: 'tp-there', stageId: 'st-z', departmentId: 'dep-s' })],
      connections: [],
    };
    const { cards, links } = clipboard();
    const { map } = copy(other, (m) =>
      pasteTouchpoints(m, cards, links, { stageId: 'st-z', departmentId: 'dep-s' }),
    );
    const [ad, web, buy] = map.touchpoints.slice(1);
    // tp-ad and tp-web had neither their stage nor their department here.
    expect(ad).toMatchObject({
      stageId: 'st-z',
      departmentId: 'dep-s',
      position: { x: 16, y: 128 },
    });
    expect(web).toMatchObject({
      stageId: 'st-z',
      departmentId: 'dep-s',
      position: { x: 16, y: 240 },
    });
    // tp-buy keeps its stage st-b, and takes the target's department.
    expect(buy).toMatchObject({
      stageId: 'st-b',
      departmentId: 'dep-s',
      position: { x: 16, y: 16 },
    });
  });

  it('defaults the target to the first stage and department', () => {
    const { map } = copy(sampleMap(), (m) =>
      pasteTouchpoints(m, [card({ id: 'tp-ad', stageId: 'gone', departmentId: 'gone-too' })]),
    );
    expect(map.touchpoints.at(-1)).toMatchObject({ stageId: 'st-a', departmentId: 'dep-m' });
  });

  it('drops connections to cards that were not pasted, and duplicates among the pasted', () => {
    const { cards, links } = clipboard();
    const doubled = [...links, { id: 'again', from: 'tp-ad', to: 'tp-web' }];
    const { map } = copy(sampleMap(), (m) => pasteTouchpoints(m, cards.slice(0, 2), doubled));
    expect(map.connections.slice(3)).toEqual([
      { id: 'cn-4', from: 'tp-1', to: 'tp-2', label: 'clicks', 'x-cn': 0 },
    ]);
  });

  it('accepts raw file cards that omit optional lists', () => {
    const raw = { ...card({ id: 'a' }) } as Partial<Touchpoint>;
    delete raw.frictions;
    delete raw.opportunities;
    delete raw.emotion;
    const { map } = copy(sampleMap(), (m) => pasteTouchpoints(m, [raw as Touchpoint]));
    expect(map.touchpoints.at(-1)).toMatchObject({ emotion: null, frictions: [] });
  });

  it('refuses invalid clipboard content', () => {
    expect(() => pasteTouchpoints(sampleMap(), [card({ id: 'a', title: '' })])).toThrow(
      /pasted touchpoint 0: title/,
    );
    expect(() => pasteTouchpoints(sampleMap(), [card({ id: 'a' }), card({ id: 'a' })])).toThrow(
      /"a" twice/,
    );
    expect(() =>
      pasteTouchpoints(sampleMap(), [card({ id: 'a' })], [{ id: 'c', from: 'a' } as Connection]),
    ).toThrow(/pasted connection 0/);
    expect(() => pasteTouchpoints(sampleMap(), [], [], { stageId: 'st-x' })).toThrow(/No stage/);
  });

  it('gives ids unique across the map even when pasting the same clipboard many times', () => {
    const { cards, links } = clipboard();
    let map = sampleMap();
    for (let i = 0; i < 4; i++) map = copy(map, (m) => pasteTouchpoints(m, cards, links)).map;
    expect(map.touchpoints).toHaveLength(16);
    const records =
      map.stages.length +
      map.departments.length +
      map.touchpoints.length +
      map.touchpoints.reduce((n, t) => n + t.frictions.length + t.opportunities.length, 0) +
      map.connections.length;
    expect(map.connections).toHaveLength(3 + 4 * 2);
    expect(allIds(map).size).toBe(records);
    expectValid(map);
  });
});

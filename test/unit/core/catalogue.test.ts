import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  CATALOGUE_GROUPS,
  catalogueCell,
  cataloguePayload,
  readCataloguePayload,
  searchCatalogue,
} from '../../../src/core/catalogue.ts';
import { CHANNELS, LIMITS, TOUCHPOINT_KINDS } from '../../../src/core/model.ts';
import { DEFAULT_DEPARTMENTS, DEFAULT_STAGES } from '../../../src/core/defaults.ts';
import { parse } from '../../../src/core/parse.ts';
import { addTouchpoint, createBlankMap } from '../../../src/core/ops/index.ts';

function template(name: string) {
  const url = new URL(`../../../assets/templates/${name}.touchmap`, import.meta.url);
  const result = parse(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.map;
}

/** The touchpoints product.md lists (from the seeds), each found by words of its title. */
const PRODUCT_TOUCHPOINTS: readonly [string, RegExp][] = [
  ['social media', /^social media$/i],
  ['an online ad', /online ad/i],
  ['browsing the website', /website/i],
  ['talking to staff', /staff/i],
  ['a blog post', /blog post/i],
  ['an event or webinar', /event.*webinar/i],
  ['the purchase and billing', /purchase and billing/i],
  ['using the product', /product use/i],
  ['a thank-you letter', /thank-you letter/i],
  ['a feedback survey', /feedback survey/i],
  ['a peer referral', /peer referral/i],
  ['an upsell or cross-sell email', /upsell.*cross-sell email/i],
  ['onboarding', /^onboarding$/i],
  ['a loyalty programme', /loyalty programme/i],
  ['packaging', /^packaging$/i],
  ['a post-purchase follow-up', /follow-up/i],
];

/** The support channels of product.md: customer service, each with its channel. */
const SUPPORT_CHANNELS = [
  ['phone', 'phone'],
  ['email', 'email'],
  ['chat/chatbot', 'chat'],
  ['social', 'social'],
  ['face to face', 'in-person'],
] as const;

describe('touchpoint catalogue', () => {
  it('has unique, well-formed keys', () => {
    const keys = CATALOGUE.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique titles', () => {
    const titles = CATALOGUE.map((item) => item.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('uses only valid kinds, channels, groups and lengths', () => {
    const groups = CATALOGUE_GROUPS.map((g) => g.key);
    for (const item of CATALOGUE) {
      expect(TOUCHPOINT_KINDS).toContain(item.kind);
      expect(CHANNELS).toContain(item.channel);
      expect(groups).toContain(item.group);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
      expect(item.description.length).toBeGreaterThan(0);
      expect(item.description).not.toContain('\n');
      expect(item.description.length).toBeLessThanOrEqual(120);
    }
  });

  it('suggests one of the default stages and departments for every item', () => {
    const departments = DEFAULT_DEPARTMENTS.map((d) => d.name);
    for (const item of CATALOGUE) {
      expect(DEFAULT_STAGES).toContain(item.stage);
      expect(departments).toContain(item.department);
    }
  });

  it.each(PRODUCT_TOUCHPOINTS)('holds %s, as customer experience', (_name, title) => {
    const found = CATALOGUE.filter((item) => title.test(item.title));
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('experience');
  });

  it.each(SUPPORT_CHANNELS)(
    'holds the %s support channel, as customer service',
    (_name, channel) => {
      const found = CATALOGUE.filter(
        (item) => item.group === 'support' && item.channel === channel,
      );
      expect(found).toHaveLength(1);
      expect(found[0]!.kind).toBe('service');
      expect(found[0]!.department).toBe('Customer Service');
    },
  );

  it('makes support channels service and every other touchpoint experience', () => {
    for (const item of CATALOGUE) {
      expect(item.kind).toBe(item.group === 'support' ? 'service' : 'experience');
    }
    expect(CATALOGUE).toHaveLength(PRODUCT_TOUCHPOINTS.length + SUPPORT_CHANNELS.length);
  });

  it('fills every group', () => {
    for (const group of CATALOGUE_GROUPS) {
      expect(CATALOGUE.some((item) => item.group === group.key)).toBe(true);
    }
  });

  it('gives payloads addTouchpoint accepts', () => {
    let map = createBlankMap({ id: 'm', now: '2026-01-01T00:00:00Z' });
    for (const item of CATALOGUE) {
      const cell = catalogueCell(map, item)!;
      map = addTouchpoint(map, { ...cataloguePayload(item), ...cell });
    }
    expect(map.touchpoints).toHaveLength(CATALOGUE.length);
  });
});

describe('searchCatalogue', () => {
  it('finds everything for a blank query', () => {
    expect(searchCatalogue('  ')).toHaveLength(CATALOGUE.length);
  });
  it('matches every word, case-insensitively, in titles and descriptions', () => {
    expect(searchCatalogue('PHONE').map((i) => i.key)).toContain('support-phone');
    expect(searchCatalogue('chatbot').map((i) => i.key)).toEqual(['support-chat']);
    expect(searchCatalogue('unboxing').map((i) => i.key)).toEqual(['packaging']);
    expect(searchCatalogue('zzz')).toEqual([]);
  });
});

describe('drag payload', () => {
  it('round-trips', () => {
    const item = CATALOGUE[0]!;
    const text = JSON.stringify(cataloguePayload(item));
    expect(readCataloguePayload(text)).toEqual({
      title: item.title,
      kind: item.kind,
      channel: item.channel,
      description: item.description,
    });
  });
  it('refuses what is not one', () => {
    expect(readCataloguePayload('not json')).toBeNull();
    expect(readCataloguePayload('null')).toBeNull();
    expect(
      readCataloguePayload('{"title":"x","kind":"other","channel":"web","description":""}'),
    ).toBeNull();
    expect(
      readCataloguePayload('{"title":3,"kind":"service","channel":"web","description":""}'),
    ).toBeNull();
  });
});

describe('catalogueCell', () => {
  const item = CATALOGUE.find((i) => i.key === 'support-phone')!;

  it('matches the suggested stage and department by name, case-insensitively', () => {
    const map = {
      stages: [
        { id: 's1', name: 'Awareness' },
        { id: 's2', name: '  SUPPORT ' },
      ],
      departments: [
        { id: 'd1', name: 'Marketing', color: '#000000' },
        { id: 'd2', name: 'customer service', color: '#000000' },
      ],
    };
    expect(catalogueCell(map, item, { stageId: 's1', departmentId: 'd1' })).toEqual({
      stageId: 's2',
      departmentId: 'd2',
    });
  });

  it('tries the aliases the templates use', () => {
    const hotel = template('hotel-stay');
    const purchase = CATALOGUE.find((i) => i.key === 'purchase-billing')!;
    const cell = catalogueCell(hotel, purchase)!;
    expect(hotel.stages.find((s) => s.id === cell.stageId)?.name).toBe('Booking');
    expect(hotel.departments.find((d) => d.id === cell.departmentId)?.name).toBe('Billing');
  });

  it("falls back to the selected card's stage and department, each on its own", () => {
    const map = {
      stages: [
        { id: 's1', name: 'One' },
        { id: 's2', name: 'Two' },
      ],
      departments: [
        { id: 'd1', name: 'Front', color: '#000000' },
        { id: 'd2', name: 'Customer Service', color: '#000000' },
      ],
    };
    expect(catalogueCell(map, item, { stageId: 's2', departmentId: 'd1' })).toEqual({
      stageId: 's2',
      departmentId: 'd2',
    });
  });

  it('falls back to the first cell, and gives null without stages', () => {
    const map = { stages: [{ id: 's1', name: 'One' }], departments: [{ id: 'd1', name: 'A' }] };
    expect(catalogueCell(map as never, item)).toEqual({ stageId: 's1', departmentId: 'd1' });
    expect(catalogueCell(map as never, item, { stageId: 'gone', departmentId: 'gone' })).toEqual({
      stageId: 's1',
      departmentId: 'd1',
    });
    expect(catalogueCell({ stages: [], departments: [] }, item)).toBeNull();
  });
});

/**
 * The defaults a new map starts from (product.md: the seeds' default stages and
 * departments). The department colours are those of `assets/templates/blank.touchmap`, so a
 * blank map made in code and one made from the template look the same; a test keeps them equal.
 */
import type { Channel, TouchpointKind } from './model.ts';

export const DEFAULT_MAP_TITLE = 'Untitled journey';

export const DEFAULT_STAGES: readonly string[] = [
  'Awareness',
  'Consideration',
  'Purchase',
  'Onboarding',
  'Usage',
  'Support',
  'Loyalty',
];

export interface DepartmentDefault {
  readonly name: string;
  /** #rrggbb */
  readonly color: string;
}

export const DEFAULT_DEPARTMENTS: readonly DepartmentDefault[] = [
  { name: 'Marketing', color: '#d9734e' },
  { name: 'Sales', color: '#cfa23a' },
  { name: 'Customer Service', color: '#3f88c5' },
  { name: 'Product', color: '#5a9e6f' },
  { name: 'Operations', color: '#8a6fc0' },
  { name: 'Billing', color: '#c9607f' },
  { name: 'People', color: '#3fa3a3' },
];

/** What a touchpoint added without details starts as; most of a journey is experience. */
export const DEFAULT_TOUCHPOINT: {
  readonly title: string;
  readonly kind: TouchpointKind;
  readonly channel: Channel;
} = { title: 'New touchpoint', kind: 'experience', channel: 'other' };

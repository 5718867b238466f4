/**
 * The touchpoint catalogue (product.md, from the seeds): the moments where a customer meets
 * a brand, each with the kind, channel, stage and owning department it usually has. The
 * palette lists it; a touchpoint added from it starts with these values and the user edits on.
 *
 * Pure data and pure helpers: no DOM, no host.
 */
import {
  CHANNELS,
  LIMITS,
  TOUCHPOINT_KINDS,
  type Channel,
  type JourneyMap,
  type Touchpoint,
  type TouchpointKind,
} from './model.ts';

/** Where in the journey an item usually happens; the palette groups by it. */
export type CatalogueGroup = 'before' | 'purchase' | 'after' | 'support';

export const CATALOGUE_GROUPS: readonly { key: CatalogueGroup; title: string }[] = [
  { key: 'before', title: 'Before purchase' },
  { key: 'purchase', title: 'Purchase' },
  { key: 'after', title: 'After purchase' },
  { key: 'support', title: 'Support' },
];

export interface CatalogueItem {
  /** Stable, unique, lower-case: "social-media". */
  readonly key: string;
  /** The title a new touchpoint gets. */
  readonly title: string;
  /** Support channels are customer service; every other touchpoint is customer experience. */
  readonly kind: TouchpointKind;
  readonly channel: Channel;
  /** One line: what this touchpoint is. Also the new touchpoint's description. */
  readonly description: string;
  readonly group: CatalogueGroup;
  /** The suggested stage: one of the default stages (defaults.ts). */
  readonly stage: string;
  /** Other stage names it fits, as the bundled templates name them, tried after `stage`. */
  readonly stageAliases?: readonly string[];
  /** The suggested owner: one of the default departments (defaults.ts). */
  readonly department: string;
  readonly departmentAliases?: readonly string[];
}

export const CATALOGUE: readonly CatalogueItem[] = [
  // Before purchase
  {
    key: 'social-media',
    title: 'Social media',
    kind: 'experience',
    channel: 'social',
    description: 'Posts, reels and stories that make the customer notice the brand.',
    group: 'before',
    stage: 'Awareness',
    stageAliases: ['Inspiration', 'Discovery'],
    department: 'Marketing',
  },
  {
    key: 'online-ad',
    title: 'Online ad',
    kind: 'experience',
    channel: 'web',
    description: 'A search, display or social advertisement.',
    group: 'before',
    stage: 'Awareness',
    stageAliases: ['Inspiration', 'Discovery'],
    department: 'Marketing',
  },
  {
    key: 'peer-referral',
    title: 'Peer referral',
    kind: 'experience',
    channel: 'other',
    description: 'A friend, colleague or family member recommends the brand.',
    group: 'before',
    stage: 'Awareness',
    stageAliases: ['Inspiration', 'Discovery'],
    department: 'Marketing',
  },
  {
    key: 'blog-post',
    title: 'Blog post',
    kind: 'experience',
    channel: 'web',
    description: 'Digital marketing content: an article, a guide, a newsletter.',
    group: 'before',
    stage: 'Consideration',
    stageAliases: ['Search and compare', 'Research'],
    department: 'Marketing',
  },
  {
    key: 'website',
    title: 'Browse the website',
    kind: 'experience',
    channel: 'web',
    description: 'The customer browses products, prices and information on the website.',
    group: 'before',
    stage: 'Consideration',
    stageAliases: ['Search and compare', 'Research'],
    department: 'Marketing',
  },
  {
    key: 'event-webinar',
    title: 'Event or webinar',
    kind: 'experience',
    channel: 'event',
    description: 'The customer attends an event, a demo or a webinar.',
    group: 'before',
    stage: 'Consideration',
    stageAliases: ['Search and compare', 'Research'],
    department: 'Marketing',
  },
  // Purchase
  {
    key: 'staff',
    title: 'Talk to staff',
    kind: 'experience',
    channel: 'in-person',
    description: 'A conversation with a salesperson or any member of staff.',
    group: 'purchase',
    stage: 'Purchase',
    stageAliases: ['Booking', 'Checkout', 'Buy'],
    department: 'Sales',
  },
  {
    key: 'purchase-billing',
    title: 'Purchase and billing',
    kind: 'experience',
    channel: 'web',
    description: 'Checkout, payment, invoice and receipt.',
    group: 'purchase',
    stage: 'Purchase',
    stageAliases: ['Booking', 'Checkout', 'Buy'],
    department: 'Billing',
  },
  {
    key: 'thank-you-letter',
    title: 'Thank-you letter',
    kind: 'experience',
    channel: 'mail',
    description: 'A personal thank-you after the purchase.',
    group: 'purchase',
    stage: 'Purchase',
    stageAliases: ['Booking', 'Checkout', 'Buy'],
    department: 'Sales',
  },
  // After purchase
  {
    key: 'packaging',
    title: 'Packaging',
    kind: 'experience',
    channel: 'mail',
    description: 'The parcel arrives: the packaging and the unboxing.',
    group: 'after',
    stage: 'Onboarding',
    stageAliases: ['Delivery'],
    department: 'Operations',
  },
  {
    key: 'onboarding',
    title: 'Onboarding',
    kind: 'experience',
    channel: 'email',
    description: 'Welcome messages and first steps that help the customer get started.',
    group: 'after',
    stage: 'Onboarding',
    stageAliases: ['Delivery', 'Opening the product', 'Pre-arrival and check-in'],
    department: 'Product',
  },
  {
    key: 'product-use',
    title: 'Product use',
    kind: 'experience',
    channel: 'app',
    description: 'The customer uses the product or service: features, reliability, ease of use.',
    group: 'after',
    stage: 'Usage',
    stageAliases: ['The stay', 'Wearing', 'Saving', 'Use'],
    department: 'Product',
  },
  {
    key: 'follow-up',
    title: 'Post-purchase follow-up',
    kind: 'experience',
    channel: 'email',
    description: 'A proactive check-in, tip or reminder after the purchase.',
    group: 'after',
    stage: 'Usage',
    stageAliases: ['The stay', 'Wearing', 'Saving', 'Use'],
    department: 'Sales',
  },
  {
    key: 'feedback-survey',
    title: 'Feedback survey',
    kind: 'experience',
    channel: 'email',
    description: 'The customer is asked how it went (CSAT, NPS or open questions).',
    group: 'after',
    stage: 'Loyalty',
    stageAliases: ['After the stay', 'Review and loyalty', 'Retention'],
    department: 'Marketing',
  },
  {
    key: 'upsell-email',
    title: 'Upsell or cross-sell email',
    kind: 'experience',
    channel: 'email',
    description: 'An offer of an upgrade or of a product that goes with the purchase.',
    group: 'after',
    stage: 'Loyalty',
    stageAliases: ['After the stay', 'Review and loyalty', 'Retention'],
    department: 'Sales',
  },
  {
    key: 'loyalty-programme',
    title: 'Loyalty programme',
    kind: 'experience',
    channel: 'app',
    description: 'Points, perks and members-only offers for returning customers.',
    group: 'after',
    stage: 'Loyalty',
    stageAliases: ['After the stay', 'Review and loyalty', 'Retention'],
    department: 'Marketing',
  },
  // Support: the customer reaches out and people help (customer service, judged by CSAT)
  {
    key: 'support-phone',
    title: 'Phone support',
    kind: 'service',
    channel: 'phone',
    description: 'The customer calls the support line.',
    group: 'support',
    stage: 'Support',
    stageAliases: ['Returns and support', 'Help'],
    department: 'Customer Service',
  },
  {
    key: 'support-email',
    title: 'Email support',
    kind: 'service',
    channel: 'email',
    description: 'The customer writes to support and waits for an answer.',
    group: 'support',
    stage: 'Support',
    stageAliases: ['Returns and support', 'Help'],
    department: 'Customer Service',
  },
  {
    key: 'support-chat',
    title: 'Chat or chatbot',
    kind: 'service',
    channel: 'chat',
    description: 'Live chat with an agent, or a chatbot, on the website or in the app.',
    group: 'support',
    stage: 'Support',
    stageAliases: ['Returns and support', 'Help'],
    department: 'Customer Service',
  },
  {
    key: 'support-social',
    title: 'Social media support',
    kind: 'service',
    channel: 'social',
    description: 'The customer asks for help in a message or a public post.',
    group: 'support',
    stage: 'Support',
    stageAliases: ['Returns and support', 'Help'],
    department: 'Customer Service',
  },
  {
    key: 'support-in-person',
    title: 'Face-to-face help',
    kind: 'service',
    channel: 'in-person',
    description: 'Help at a desk, a counter or a shop, in person.',
    group: 'support',
    stage: 'Support',
    stageAliases: ['Returns and support', 'Help'],
    department: 'Customer Service',
  },
];

/** Case-insensitive search over titles, descriptions and channels; blank finds everything. */
export function searchCatalogue(
  query: string,
  catalogue: readonly CatalogueItem[] = CATALOGUE,
): CatalogueItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...catalogue];
  return catalogue.filter((item) => {
    const haystack = [item.title, item.description, item.channel, item.kind, item.stage]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** What a touchpoint made from a catalogue item starts with. */
export interface CataloguePayload {
  title: string;
  kind: TouchpointKind;
  channel: Channel;
  description?: string;
}

/** The drag-and-drop type of a catalogue item dragged from the palette onto the canvas. */
export const CATALOGUE_MIME = 'application/x-touchmap-catalogue';

export function cataloguePayload(item: CatalogueItem): CataloguePayload {
  return {
    title: item.title,
    kind: item.kind,
    channel: item.channel,
    description: item.description,
  };
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * The payload of a drop (the text set under CATALOGUE_MIME), or null when it is not one:
 * anything else (a file, text from another app, a malformed payload) is refused rather
 * than guessed at. The title is trimmed and cut to the format's limit.
 */
export function readCataloguePayload(text: string): CataloguePayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { title, kind, channel, description } = value as Record<string, unknown>;
  if (typeof title !== 'string') return null;
  const trimmed = title.trim().slice(0, LIMITS.titleLength);
  if (trimmed === '') return null;
  if (!isOneOf(TOUCHPOINT_KINDS, kind) || !isOneOf(CHANNELS, channel)) return null;
  const payload: CataloguePayload = { title: trimmed, kind, channel };
  if (typeof description === 'string' && description.trim() !== '')
    payload.description = description;
  return payload;
}

/** The cell a touchpoint goes into. */
export interface CatalogueCell {
  stageId: string;
  departmentId: string;
}

function byName<T extends { id: string; name: string }>(
  list: readonly T[],
  names: readonly string[],
): T | undefined {
  for (const name of names) {
    const wanted = name.trim().toLowerCase();
    const found = list.find((entry) => entry.name.trim().toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Where an item added by click goes, stage and department each on their own: the one named
 * like the item's suggestion (case-insensitive; the suggested name first, then its
 * aliases), else the selected card's, else the first. Null only for a map without stages
 * or departments (never a valid one).
 */
export function catalogueCell(
  map: Pick<JourneyMap, 'stages' | 'departments'>,
  item: Pick<CatalogueItem, 'stage' | 'department' | 'stageAliases' | 'departmentAliases'>,
  selected?: Pick<Touchpoint, 'stageId' | 'departmentId'> | null,
): CatalogueCell | null {
  const stage =
    byName(map.stages, [item.stage, ...(item.stageAliases ?? [])]) ??
    map.stages.find((s) => s.id === selected?.stageId) ??
    map.stages[0];
  const department =
    byName(map.departments, [item.department, ...(item.departmentAliases ?? [])]) ??
    map.departments.find((d) => d.id === selected?.departmentId) ??
    map.departments[0];
  if (stage === undefined || department === undefined) return null;
  return { stageId: stage.id, departmentId: department.id };
}

/**
 * The map checks, once: each rule's id (stored in `checks.disabled`), how much it matters
 * and its words, written for the people in a workshop rather than for a linter. The panel,
 * the CLI and the docs read them from here.
 */

export const CHECK_RULE_IDS = [
  'stage-no-customer-action',
  'touchpoint-no-emotion',
  'friction-no-opportunity',
  'stage-handoffs',
  'service-owner',
  'row-layer-order',
  'stage-all-assumed',
  'stage-empty',
  'row-empty',
] as const;
export type CheckRuleId = (typeof CHECK_RULE_IDS)[number];

/** `warning`: the map probably says something untrue or is missing a piece; `question`: worth asking. */
export const CHECK_SEVERITIES = ['warning', 'question'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

export const CHECK_SEVERITY_WORDS: Readonly<Record<CheckSeverity, string>> = {
  warning: 'Needs a look',
  question: 'Worth asking',
};

export interface CheckRule {
  readonly id: CheckRuleId;
  readonly severity: CheckSeverity;
  /** The rule's name beside its switch. */
  readonly title: string;
  /** Why it matters, one sentence (tooltips, the user guide). */
  readonly hint: string;
}

export const CHECK_RULES: Readonly<Record<CheckRuleId, CheckRule>> = {
  'stage-no-customer-action': {
    id: 'stage-no-customer-action',
    severity: 'warning',
    title: 'Stages without a customer action',
    hint: 'With a customer actions row, every stage should say what the customer does there.',
  },
  'touchpoint-no-emotion': {
    id: 'touchpoint-no-emotion',
    severity: 'question',
    title: 'Touchpoints without an emotion',
    hint: 'The emotion curve only runs through the touchpoints that are rated.',
  },
  'friction-no-opportunity': {
    id: 'friction-no-opportunity',
    severity: 'warning',
    title: 'High friction without an opportunity',
    hint: 'A high friction is where an idea to improve pays off most.',
  },
  'stage-handoffs': {
    id: 'stage-handoffs',
    severity: 'question',
    title: 'Many hand-offs in a stage',
    hint: 'Each time the customer is passed to another department, something can get lost.',
  },
  'service-owner': {
    id: 'service-owner',
    severity: 'question',
    title: 'Service touchpoints outside Customer Service',
    hint: 'A customer service touchpoint is usually owned by the customer service team.',
  },
  'row-layer-order': {
    id: 'row-layer-order',
    severity: 'warning',
    title: 'Department rows out of layer order',
    hint: 'Frontstage rows go above backstage rows, and backstage above support, so each blueprint line is one line.',
  },
  'stage-all-assumed': {
    id: 'stage-all-assumed',
    severity: 'question',
    title: 'Stages built only on assumptions',
    hint: 'When every touchpoint of a stage is a guess, check at least one with customers or staff.',
  },
  'stage-empty': {
    id: 'stage-empty',
    severity: 'warning',
    title: 'Empty stages',
    hint: 'A stage with nothing in it is either a gap in the research or a column to remove.',
  },
  'row-empty': {
    id: 'row-empty',
    severity: 'question',
    title: 'Empty rows',
    hint: 'A shown row with no cards takes room on the map and in print.',
  },
};

export const CHECK_RULE_LIST: readonly CheckRule[] = CHECK_RULE_IDS.map((id) => CHECK_RULES[id]);

export function isCheckRuleId(id: string): id is CheckRuleId {
  return (CHECK_RULE_IDS as readonly string[]).includes(id);
}

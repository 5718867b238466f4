/** The rules about single touchpoints: emotion, high friction, who owns a service touchpoint. */
import type { Department, JourneyMap, Touchpoint } from '../model.ts';
import { KIND_TERMS } from '../vocabulary.ts';
import { finding, quote, type CheckContext, type Finding } from './finding.ts';

const touchpointPath = (index: number) => `touchpoints[${index}]`;
const touchpointTarget = (t: Touchpoint) => ({ type: 'touchpoint' as const, id: t.id });

export function touchpointsWithoutEmotion(ctx: CheckContext): Finding[] {
  const found: Finding[] = [];
  ctx.map.touchpoints.forEach((t, index) => {
    if (t.emotion !== null) return;
    found.push(
      finding(
        'touchpoint-no-emotion',
        touchpointPath(index),
        `${quote(t.title)} has no emotion yet: how does the customer feel here?`,
        touchpointTarget(t),
        t.stageId,
      ),
    );
  });
  return found;
}

export function highFrictionsWithoutOpportunity(ctx: CheckContext): Finding[] {
  const found: Finding[] = [];
  ctx.map.touchpoints.forEach((t, index) => {
    if (t.opportunities.length > 0) return;
    const friction = t.frictions.find((f) => f.severity === 'high');
    if (friction === undefined) return;
    found.push(
      finding(
        'friction-no-opportunity',
        touchpointPath(index),
        `${quote(t.title)} has a high friction (${quote(friction.text)}) but no opportunity: what could make it better?`,
        touchpointTarget(t),
        t.stageId,
      ),
    );
  });
  return found;
}

const CUSTOMER_SERVICE_ID = /^(dep-)?customer-?service$/i;
const CUSTOMER_SERVICE_NAME = /\bcustomer[\s_-]*(service|support|care)\b/i;

/**
 * The department that owns customer service (product.md: "owned by the customer-service
 * team"): the one with the default id `dep-customer-service`, else the first whose name says
 * customer service, support or care. None: the rule has nothing to compare with.
 */
export function customerServiceDepartment(map: JourneyMap): Department | undefined {
  return (
    map.departments.find((d) => CUSTOMER_SERVICE_ID.test(d.id)) ??
    map.departments.find((d) => CUSTOMER_SERVICE_NAME.test(d.name))
  );
}

export function serviceTouchpointsElsewhere(ctx: CheckContext): Finding[] {
  const service = customerServiceDepartment(ctx.map);
  if (service === undefined) return [];
  const names = new Map(ctx.map.departments.map((d) => [d.id, d.name] as const));
  const kind = KIND_TERMS.service.word.toLowerCase();
  const other = KIND_TERMS.experience.word.toLowerCase();
  const found: Finding[] = [];
  ctx.map.touchpoints.forEach((t, index) => {
    if (t.kind !== 'service' || t.departmentId === service.id) return;
    const owner = names.get(t.departmentId) ?? t.departmentId;
    found.push(
      finding(
        'service-owner',
        touchpointPath(index),
        `${quote(t.title)} is a ${kind} touchpoint owned by ${owner}: should ${service.name} own it, or is it an ${other} touchpoint?`,
        touchpointTarget(t),
        t.stageId,
      ),
    );
  });
  return found;
}

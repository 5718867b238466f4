/** The rules about stages: customer actions, hand-offs, evidence, emptiness. */
import type { Stage } from '../model.ts';
import { finding, quote, times, type CheckContext, type Finding } from './finding.ts';

/** More hand-offs than this in one stage is worth a question. */
const MAX_HANDOFFS = 2;

const stagePath = (index: number) => `stages[${index}]`;
const stageTarget = (stage: Stage) => ({ type: 'stage' as const, id: stage.id });

/** Only when the map has a customer actions row: without one, nobody asked for them. */
export function stagesWithoutCustomerAction(ctx: CheckContext): Finding[] {
  const customerRows = new Set(
    ctx.rows.filter((r) => r.type === 'customer' && r.hidden !== true).map((r) => r.id),
  );
  if (customerRows.size === 0) return [];
  const acted = new Set(ctx.notes.filter((n) => customerRows.has(n.rowId)).map((n) => n.stageId));
  return ctx.map.stages.flatMap((stage, index) =>
    acted.has(stage.id)
      ? []
      : [
          finding(
            'stage-no-customer-action',
            stagePath(index),
            `${quote(stage.name)} has no customer action: what does the customer do here?`,
            stageTarget(stage),
            stage.id,
          ),
        ],
  );
}

/** Connections whose ends are owned by different departments, counted in the stage of their start. */
export function stagesWithManyHandoffs(ctx: CheckContext): Finding[] {
  const { map } = ctx;
  const counts = new Map<string, number>();
  for (const connection of map.connections) {
    const fromIndex = ctx.touchpointIndex.get(connection.from);
    const toIndex = ctx.touchpointIndex.get(connection.to);
    if (fromIndex === undefined || toIndex === undefined) continue;
    const from = map.touchpoints[fromIndex]!;
    const to = map.touchpoints[toIndex]!;
    if (from.departmentId === to.departmentId) continue;
    counts.set(from.stageId, (counts.get(from.stageId) ?? 0) + 1);
  }
  return map.stages.flatMap((stage, index) => {
    const count = counts.get(stage.id) ?? 0;
    if (count <= MAX_HANDOFFS) return [];
    return [
      finding(
        'stage-handoffs',
        stagePath(index),
        `In ${quote(stage.name)} the customer is passed between departments ${times(count, 'time')}: can some of these hand-offs go?`,
        stageTarget(stage),
        stage.id,
      ),
    ];
  });
}

export function stagesAllAssumed(ctx: CheckContext): Finding[] {
  return ctx.map.stages.flatMap((stage, index) => {
    const touchpoints = ctx.touchpointsByStage.get(stage.id) ?? [];
    if (touchpoints.length === 0 || touchpoints.some((t) => t.evidence !== 'assumed')) return [];
    return [
      finding(
        'stage-all-assumed',
        stagePath(index),
        `Every touchpoint of ${quote(stage.name)} is assumed: check at least one with customers or staff.`,
        stageTarget(stage),
        stage.id,
      ),
    ];
  });
}

/** No touchpoint and no note: nothing happens there yet. */
export function emptyStages(ctx: CheckContext): Finding[] {
  return ctx.map.stages.flatMap((stage, index) => {
    if (ctx.touchpointsByStage.has(stage.id) || ctx.notesByStage.has(stage.id)) return [];
    return [
      finding(
        'stage-empty',
        stagePath(index),
        `${quote(stage.name)} is empty: add what happens here, or remove the stage.`,
        stageTarget(stage),
        stage.id,
      ),
    ];
  });
}

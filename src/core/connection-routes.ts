/**
 * The drawn routes of a map's connections, for the canvas and the PDF alike: each routed on
 * its own by an EdgeRouter, then nudged apart together where they share a line
 * (edge-nudging.ts). Built from the previous set, a route whose points did not change is the
 * same object as before, so the canvas re-renders only the connections an edit moved.
 */
import type { Connection } from './model.ts';
import type { EdgeRoute, EdgeRouter, Point } from './edge-routing.ts';
import type { Rect } from './layout.ts';
import { nudgeRoutes, type NudgeInput, type NudgeMemo, type NudgeReuse } from './edge-nudging.ts';
import { EDGE_LABEL, estimateLabelSize, placeLabel, pointsBox } from './edge-drawing.ts';

type Drawn = Pick<Connection, 'id' | 'from' | 'to' | 'label'>;

function sameRoute(a: EdgeRoute, b: EdgeRoute): boolean {
  return (
    a.sourceSide === b.sourceSide &&
    a.targetSide === b.targetSide &&
    a.points.length === b.points.length &&
    a.points.every((p, i) => p.x === b.points[i]!.x && p.y === b.points[i]!.y)
  );
}

/** The area a label placed on a route can cover: the route's bounds grown by a widest label. */
function reachOf(points: readonly Point[]): Rect {
  const box = pointsBox(points);
  const r = EDGE_LABEL.maxWidth / 2;
  return { x: box.x - r, y: box.y - r, width: box.width + 2 * r, height: box.height + 2 * r };
}

function meets(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

export class ConnectionRoutes {
  readonly router: EdgeRouter;
  private readonly routes: Map<string, EdgeRoute>;
  private readonly connections: readonly Drawn[];
  /** Per labelled connection, the boxes of the labels placed before it; made when first asked. */
  private labelsBefore: Map<string, readonly Rect[]> | null = null;
  /** The last such map of an earlier set, to keep the arrays that did not change. */
  private earlierLabels: Map<string, readonly Rect[]> | null;
  /** This set's nudging, for the next set to take again where nothing changed. */
  private readonly nudged: NudgeMemo = new Map();

  constructor(router: EdgeRouter, connections: readonly Drawn[], previous?: ConnectionRoutes) {
    this.router = router;
    this.connections = connections;
    this.earlierLabels = previous ? (previous.labelsBefore ?? previous.earlierLabels) : null;
    const inputs: NudgeInput[] = [];
    for (const c of connections) {
      const route = router.route(c.from, c.to);
      const from = router.cardRect(c.from);
      const to = router.cardRect(c.to);
      if (route && from && to) inputs.push({ key: c.id, route, from, to });
    }
    this.routes = nudgeRoutes(
      inputs,
      (area, visit) => router.eachCardMeeting(area, visit),
      previous && ConnectionRoutes.nudgeReuse(router, previous),
      this.nudged,
    );
    if (previous) {
      for (const [id, route] of this.routes) {
        const old = previous.routes.get(id);
        if (old && old !== route && sameRoute(old, route)) this.routes.set(id, old);
      }
    }
  }

  /**
   * What of `previous`'s nudging a set routed by `router` can take again: all of it but what
   * the cards changed since reach, when the router knows them (EdgeRouter.changes).
   */
  private static nudgeReuse(
    router: EdgeRouter,
    previous: ConnectionRoutes,
  ): NudgeReuse | undefined {
    if (router === previous.router) return { memo: previous.nudged, changed: [] };
    const changes = router.changes;
    if (changes === null || changes.from !== previous.router.serial) return undefined;
    return { memo: previous.nudged, changed: changes.boxes };
  }

  /** The route a connection is drawn along; null for one whose card is missing, or a loop. */
  route(connectionId: string): EdgeRoute | null {
    return this.routes.get(connectionId) ?? null;
  }

  /**
   * The label boxes a connection's label keeps clear of (placeLabel's `avoid`): those of the
   * labelled connections before it by id, each placed at its estimated size clear of the ones
   * before it. Estimated, so the canvas and the PDF, which measure text differently, and a
   * canvas that draws only the connections in view, all move labels apart the same way.
   */
  labelsToAvoid(connectionId: string): readonly Rect[] {
    if (this.labelsBefore === null) {
      this.labelsBefore = new Map();
      const labelled = this.connections
        .filter((c) => c.label !== undefined && c.label.trim() !== '' && this.routes.has(c.id))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const placed: Rect[] = [];
      for (const c of labelled) {
        const route = this.routes.get(c.id)!;
        // Only the labels a box on this route could reach: the lists stay short.
        const reach = reachOf(route.points);
        const near = placed.filter((box) => meets(box, reach));
        const old = this.earlierLabels?.get(c.id);
        const same = old?.length === near.length && old.every((r, i) => sameRect(r, near[i]!));
        this.labelsBefore.set(c.id, same ? old : near);
        placed.push(placeLabel(this.router, route, estimateLabelSize(c.label!), near));
      }
      this.earlierLabels = null;
    }
    return this.labelsBefore.get(connectionId) ?? [];
  }
}

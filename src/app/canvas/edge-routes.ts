/**
 * One edge router per state of the map, shared by every connection on the canvas. Each
 * router starts from the previous one, so an edit reroutes only the connections whose
 * block of cells it touched; the others keep their route object and do not re-render.
 */
import type { JourneyMap } from '../../core/model.ts';
import { computeLayout } from '../../core/layout.ts';
import { EdgeRouter } from '../../core/edge-routing.ts';

const routers = new WeakMap<JourneyMap, EdgeRouter>();
let latest: EdgeRouter | undefined;

/** The router of a map; the canvas lays the map out the same way (computeLayout, defaults). */
export function routerFor(map: JourneyMap): EdgeRouter {
  let router = routers.get(map);
  if (router === undefined) {
    router = new EdgeRouter(computeLayout(map), latest);
    routers.set(map, router);
    latest = router;
  }
  return router;
}

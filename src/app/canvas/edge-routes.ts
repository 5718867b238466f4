/**
 * One edge router per layout of the map, shared by every connection on the canvas. An edit
 * that moves nothing (a rename, an emotion note) keeps the layout object and so the router:
 * no connection re-renders. Each new router starts from the previous one, so an edit
 * reroutes only the connections whose block of cells it touched; the others keep their
 * route object.
 */
import type { JourneyMap } from '../../core/model.ts';
import type { MapLayout } from '../../core/layout.ts';
import { EdgeRouter } from '../../core/edge-routing.ts';
import { layoutOf } from './stable-layout.ts';

const routers = new WeakMap<MapLayout, EdgeRouter>();
let latest: EdgeRouter | undefined;

/** The router of a map, from the layout the canvas draws (stable-layout.ts). */
export function routerFor(map: JourneyMap): EdgeRouter {
  const layout = layoutOf(map);
  let router = routers.get(layout);
  if (router === undefined) {
    router = new EdgeRouter(layout, latest);
    routers.set(layout, router);
    latest = router;
  }
  return router;
}

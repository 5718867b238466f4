/**
 * One edge router and one set of drawn routes per state of the map, shared by every
 * connection on the canvas. Each router starts from the previous one, so an edit reroutes
 * only the connections whose block of cells it touched; the routes are then nudged apart
 * together, and a connection whose drawn route did not change keeps its route object and
 * does not re-render.
 */
import type { JourneyMap } from '../../core/model.ts';
import { computeLayout } from '../../core/layout.ts';
import { EdgeRouter } from '../../core/edge-routing.ts';
import { ConnectionRoutes } from '../../core/connection-routes.ts';

const routes = new WeakMap<JourneyMap, ConnectionRoutes>();
let latest: ConnectionRoutes | undefined;

/**
 * The drawn routes of a map's connections (route(connectionId)) and their router; the canvas
 * lays the map out the same way (computeLayout, defaults).
 */
export function routesFor(map: JourneyMap): ConnectionRoutes {
  let found = routes.get(map);
  if (found === undefined) {
    const router = new EdgeRouter(computeLayout(map), latest?.router);
    found = new ConnectionRoutes(router, map.connections, latest);
    routes.set(map, found);
    latest = found;
  }
  return found;
}

/**
 * One edge router and one set of drawn routes per layout and connection list of the map,
 * shared by every connection on the canvas. An edit that moves nothing and touches no
 * connection (a rename, an emotion note) keeps the layout object (stable-layout.ts) and the
 * connection list, and so the routes: no connection re-renders. Each new router starts
 * from the previous one, so an edit reroutes only the connections whose block of cells it
 * touched; the routes are then nudged apart together, and a connection whose drawn route
 * did not change keeps its route object.
 */
import type { JourneyMap } from '../../core/model.ts';
import type { MapLayout } from '../../core/layout.ts';
import { EdgeRouter } from '../../core/edge-routing.ts';
import { ConnectionRoutes } from '../../core/connection-routes.ts';
import { layoutOf } from './stable-layout.ts';

interface Entry {
  connections: JourneyMap['connections'];
  routes: ConnectionRoutes;
}

const cache = new WeakMap<MapLayout, Entry>();
/** Routers made ahead of their routes (`routeAhead`), by layout. */
const routers = new WeakMap<MapLayout, EdgeRouter>();
let latest: ConnectionRoutes | undefined;

function routerOf(layout: MapLayout): EdgeRouter {
  const made = cache.get(layout)?.routes.router ?? routers.get(layout);
  if (made !== undefined) return made;
  const router = new EdgeRouter(layout, latest?.router);
  routers.set(layout, router);
  return router;
}

/**
 * The first half of `routesFor`'s work on a new layout: the router, and the route of each
 * connection from index `from` to `to` (all of them by default) searched for. Done in
 * renders of their own before the routes are nudged apart, so React can let a frame
 * through between them.
 */
export function routeAhead(map: JourneyMap, from = 0, to = map.connections.length): EdgeRouter {
  const router = routerOf(layoutOf(map));
  const end = Math.min(to, map.connections.length);
  for (let i = from; i < end; i++) {
    const c = map.connections[i]!;
    router.route(c.from, c.to);
  }
  return router;
}

/** The drawn routes of a map's connections (route(connectionId)) and their router. */
export function routesFor(map: JourneyMap): ConnectionRoutes {
  const layout = layoutOf(map);
  const entry = cache.get(layout);
  if (entry !== undefined && entry.connections === map.connections) return entry.routes;
  const router = routerOf(layout);
  const routes = new ConnectionRoutes(router, map.connections, latest);
  cache.set(layout, { connections: map.connections, routes });
  latest = routes;
  return routes;
}

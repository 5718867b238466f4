/**
 * The drawn routes of the map the canvas shows, handed to every connection and to the mark
 * layer by context rather than read from the document store. A store read runs in the
 * store's own update, at once, for every edit; from the canvas's map the routes follow
 * whichever map the canvas draws, so a drop laid out in the background (Canvas.tsx) routes
 * there too, and React can yield between laying out and routing.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { JourneyMap } from '../../core/model.ts';
import type { ConnectionRoutes } from '../../core/connection-routes.ts';
import { routeAhead, routesFor } from './edge-routes.ts';

const RoutesContext = createContext<ConnectionRoutes | null>(null);

/** Connections searched per unit of React's work (a slice of RouteAhead). */
const ROUTE_SLICE = 64;

/**
 * Searches `map`'s routes; placed just before RoutesProvider, so that on a new layout the
 * search and the nudging are separate units of React's work. The search is itself split in
 * slices of ROUTE_SLICE connections, one component each: after a drop on the 1,500-card map
 * it took 28 ms in one piece (profile), and React can only yield between components.
 */
export function RouteAhead({ map }: { map: JourneyMap }) {
  const slices: number[] = [];
  for (let from = 0; from < map.connections.length; from += ROUTE_SLICE) slices.push(from);
  return slices.map((from) => <RouteSlice key={from} map={map} from={from} />);
}

function RouteSlice({ map, from }: { map: JourneyMap; from: number }) {
  useMemo(() => routeAhead(map, from, from + ROUTE_SLICE), [map, from]);
  return null;
}

/** Routes `map`'s connections in a component of its own (one unit of React's work). */
export function RoutesProvider({ map, children }: { map: JourneyMap; children: ReactNode }) {
  const routes = useMemo(() => routesFor(map), [map]);
  return <RoutesContext.Provider value={routes}>{children}</RoutesContext.Provider>;
}

/** The routes of the map the canvas draws; only inside the canvas. */
export function useRoutes(): ConnectionRoutes {
  const routes = useContext(RoutesContext);
  if (routes === null) throw new Error('useRoutes: outside the canvas (no RoutesProvider)');
  return routes;
}

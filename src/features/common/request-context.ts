import type { GraphService } from '../features/graph/graph.service';

/** What every resolver gets: per-request services, created fresh for each request. */
export interface RequestContext {
  graph: GraphService;
}

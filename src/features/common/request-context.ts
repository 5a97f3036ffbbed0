import type { Deadline } from '../../shared/deadline';
import type { GraphService } from '../graph/graph.service';

/**
 * What every resolver gets: per-request services, created fresh for each request. It lives
 * with the features (server builds it, features read it), so imports run one way.
 */
export interface RequestContext {
  graph: GraphService;
  /** The request's time budget: store work stops when it passes or the client goes. */
  deadline: Deadline;
  /** Set by the operation-limits plugin: the operation's estimated cost, for `extensions`. */
  cost?: { estimated: number; limit: number };
  /** Set while a costly operation holds its turn (operation-limits plugin); idempotent. */
  release?: () => void;
}

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
  /**
   * A costly operation's share of the in-flight budget (operation-limits plugin), released
   * when its answer is sent and again, as a safety net, when the HTTP exchange ends (the
   * release is idempotent). An object: Apollo runs each operation on a shallow copy of the
   * context, so only a shared object reaches both.
   */
  admission: { release?: () => void };
}

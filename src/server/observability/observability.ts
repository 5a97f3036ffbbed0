import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { GraphStore } from '../../store/graph-store';
import type { RequestScope } from '../../store/request-scope';
import { Metrics } from './metrics';
import { RequestObservation } from './request-observation';

/** Operation names in log lines are the client's: kept, but not at any length. */
const MAX_LOGGED_NAME = 100;

/**
 * Logs and metrics of one server: every GraphQL request gets one JSON log line and its
 * metrics once it is answered (or its client gone), whoever answered it (the HTTP layer or
 * Apollo). Query text is logged at debug level only; variables never (they can carry a
 * person's profile).
 */
export class Observability {
  /** Absent when METRICS_ENABLED=false. */
  readonly metrics: Metrics | null;

  constructor(
    readonly logger: Logger,
    store: GraphStore,
    settings: Config['observability'],
  ) {
    this.metrics = settings.metricsEnabled ? new Metrics(store) : null;
  }

  /**
   * Starts observing a GraphQL request; its log line and metrics follow once: when the answer
   * is handed to the connection (before the client can have read it), or when the connection
   * closes first (the client left).
   */
  begin(id: string, method: string, res: ServerResponse): RequestObservation {
    const observation = new RequestObservation(id, method);
    this.metrics?.requestStarted();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.end(observation, res);
    };
    res.once('finish', end);
    res.once('close', end);
    return observation;
  }

  /** The store observers of a request (request-scope.ts): its store calls, counted and timed. */
  storeObservers(observation: RequestObservation): Pick<RequestScope, 'onCall' | 'onStatement'> {
    const metrics = this.metrics;
    return {
      onCall: (method, seconds, ok) => {
        observation.storeCalls++;
        metrics?.onStoreCall(method, seconds, ok);
      },
      onStatement: metrics?.onStatement,
    };
  }

  /** At debug level, the query text joins the request's log line (never its variables). */
  logQuery(observation: RequestObservation, query: unknown): void {
    if (typeof query === 'string' && this.logger.isLevelEnabled('debug')) observation.query = query;
  }

  private end(observation: RequestObservation, res: ServerResponse): void {
    // A response that never finished: the client left (or the connection broke) first.
    const aborted = !res.writableFinished;
    const status = res.statusCode;
    const failed = aborted || status >= 400 || observation.errorCodes.length > 0;
    this.metrics?.requestEnded(observation, failed);
    this.logger.info(
      {
        reqId: observation.id,
        method: observation.method,
        operation: observation.operationName?.slice(0, MAX_LOGGED_NAME) ?? null,
        status,
        durationMs: Math.round(observation.durationMs * 10) / 10,
        outcome: failed ? 'error' : 'ok',
        errors: observation.errorCodes,
        cost: observation.cost?.estimated ?? null,
        storeCalls: observation.storeCalls,
        ...(aborted ? { aborted } : {}),
        ...(observation.query !== undefined ? { query: observation.query } : {}),
      },
      'graphql request',
    );
  }
}

/**
 * What we learn about one GraphQL request while it runs, for its log line and its metrics: the
 * HTTP layer starts it and ends it (observability.ts); Apollo's plugin (observability.plugin.ts)
 * and the store observers fill it in between.
 */
export class RequestObservation {
  readonly startedAt = performance.now();
  /** The client's operation name (raw; metrics cap it): known once Apollo resolved the operation, or as sent. */
  operationName: string | undefined;
  /** `extensions.code` of each error answered, in order. */
  errorCodes: string[] = [];
  cost: { estimated: number; limit: number } | undefined;
  storeCalls = 0;
  /** The query text, kept only when the log level is debug. */
  query: string | undefined;
  /** Whether Apollo's plugin saw the request (else the HTTP layer answered it: refused, or Apollo failed early). */
  seenByApollo = false;

  constructor(
    readonly id: string,
    readonly method: string,
  ) {}

  get durationMs(): number {
    return performance.now() - this.startedAt;
  }
}

/**
 * The observation rides on the request's context under a symbol: Apollo runs each operation
 * on a shallow copy of the context, which copies the property along (a map keyed by the
 * context object would not know the copy), and the plugin gets the context, not the HTTP request.
 */
const OBSERVATION = Symbol('careergraph.observation');

type Observed = { [OBSERVATION]?: RequestObservation };

export function attachObservation(context: object, observation: RequestObservation): void {
  (context as Observed)[OBSERVATION] = observation;
}

export function observationOf(context: object): RequestObservation | undefined {
  return (context as Observed)[OBSERVATION];
}

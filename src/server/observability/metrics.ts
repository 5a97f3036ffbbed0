import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphStore, StatementObserver } from '../../store/graph-store';
import type { StoreCallObserver } from '../../store/request-scope';
import { LabelCap } from './label-cap';
import type { RequestObservation } from './request-observation';

/** Distinct operation names kept as labels; later ones count as "other". */
export const MAX_OPERATION_LABELS = 200;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const STORE_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Estimated cost, in neighbour reads: the examples cost 29 to 16,403; MAX_QUERY_COST is 50,000. */
const COST = [10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000];
/** Our codes are a fixed set; anything else (not one of ours) is not allowed to grow the series. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

let processRegistry: Registry | null = null;

/** Process metrics (CPU, memory, event loop, GC) are the process's: collected once however many servers it runs. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * One server's Prometheus metrics, in a registry of its own (not prom-client's global one), so
 * that one process can run several servers (the tests do).
 */
export class Metrics {
  private readonly registry = new Registry();
  private readonly operations = new LabelCap(MAX_OPERATION_LABELS);
  private readonly storeKind: string;
  private readonly requests: Histogram<'operation' | 'outcome'>;
  private readonly inFlight: Gauge;
  private readonly errors: Counter<'code'>;
  private readonly cost: Histogram<'operation'>;
  private readonly storeCalls: Histogram<'store' | 'method' | 'outcome'>;
  /** Neo4j only: the in-memory store runs no statements. */
  private readonly statements: Histogram<'statement' | 'outcome'> | null = null;

  constructor(store: GraphStore) {
    const registers = [this.registry];
    this.storeKind = store.kind;
    this.requests = new Histogram({
      name: 'careergraph_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and outcome (error: any error answered, or HTTP status 400 or over); _count counts them.',
      labelNames: ['operation', 'outcome'],
      buckets: SECONDS,
      registers,
    });
    this.inFlight = new Gauge({ name: 'careergraph_graphql_requests_in_flight', help: 'GraphQL requests being answered now.', registers });
    this.errors = new Counter({ name: 'careergraph_graphql_errors_total', help: 'Errors answered, by extensions.code.', labelNames: ['code'], registers });
    this.cost = new Histogram({
      name: 'careergraph_graphql_operation_cost',
      help: 'Estimated cost of each admitted operation (units of one neighbour read).',
      labelNames: ['operation'],
      buckets: COST,
      registers,
    });
    this.storeCalls = new Histogram({
      name: 'careergraph_store_call_duration_seconds',
      help: 'Store calls made for requests, by store method (once the call had a slot); _count counts them.',
      labelNames: ['store', 'method', 'outcome'],
      buckets: STORE_SECONDS,
      registers,
    });
    if (store.connections) {
      this.statements = new Histogram({
        name: 'careergraph_neo4j_statement_duration_seconds',
        help: 'Neo4j statements run for requests, by cypher/ name (waiting for a connection included); _count counts them.',
        labelNames: ['statement', 'outcome'],
        buckets: STORE_SECONDS,
        registers,
      });
      this.poolGauges(store as Required<Pick<GraphStore, 'connections'>>);
    }
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The text exposition: process metrics, then this server's. */
  async render(): Promise<string> {
    return (await processMetrics().metrics()) + (await this.registry.metrics());
  }

  requestStarted(): void {
    this.inFlight.inc();
  }

  requestEnded(observation: RequestObservation, failed: boolean): void {
    this.inFlight.dec();
    const operation = this.operations.label(observation.operationName);
    this.requests.observe({ operation, outcome: failed ? 'error' : 'ok' }, observation.durationMs / 1000);
    for (const code of observation.errorCodes) this.errors.inc({ code: ERROR_CODE.test(code) ? code : 'OTHER' });
    if (observation.cost) this.cost.observe({ operation }, observation.cost.estimated);
  }

  readonly onStoreCall: StoreCallObserver = (method, seconds, ok) => {
    this.storeCalls.observe({ store: this.storeKind, method, outcome: ok ? 'ok' : 'error' }, seconds);
  };

  readonly onStatement: StatementObserver = (statement, seconds, ok) => {
    this.statements?.observe({ statement, outcome: ok ? 'ok' : 'error' }, seconds);
  };

  /** neo4j-driver has no public pool metrics: the store's gate counts the statements holding a connection. */
  private poolGauges(store: Required<Pick<GraphStore, 'connections'>>): void {
    const registers = [this.registry];
    new Gauge({
      name: 'careergraph_neo4j_connections_in_use',
      help: 'Neo4j statements holding a pooled connection now.',
      registers,
      collect() {
        this.set(store.connections.inUse);
      },
    });
    new Gauge({
      name: 'careergraph_neo4j_connections_max',
      help: 'Neo4j connection pool size (NEO4J_MAX_POOL_SIZE).',
      registers,
      collect() {
        this.set(store.connections.max);
      },
    });
  }
}

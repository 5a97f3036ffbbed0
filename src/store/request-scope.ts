import type { Deadline } from '../shared/deadline';
import { Semaphore } from '../shared/semaphore';
import type { GraphStore, StatementObserver } from './graph-store';

/** What a store needs to know of the request it works for. */
export interface RequestScope {
  deadline: Deadline;
  /** Store calls the request may have running at once (MAX_CONCURRENT_STORE_CALLS). */
  maxConcurrent: number;
  /** Told of each store call when it ends (metrics by method; both stores). */
  onCall?: StoreCallObserver;
  /** Told of each statement the store ran for the request (stores that have statements: Neo4j). */
  onStatement?: StatementObserver;
}

/** A store method's name, its time once it had a call slot, and whether it succeeded. */
export type StoreCallObserver = (method: string, seconds: number, ok: boolean) => void;

/** Store methods a request calls; loading and closing are not request work. */
const READS = [
  'getNodes',
  'expand',
  'expandPlan',
  'search',
  'findByNames',
  'findPaths',
  'exportNodes',
  'exportEdges',
  'candidates',
  'counts',
  'health',
] as const;

/**
 * The store as one request sees it: every call first checks the request's deadline, waits for
 * one of the request's few call slots (so one request cannot take the whole Neo4j pool), and
 * stops waiting the moment the request is stopped; the store's own view of the request
 * (GraphStore.forRequest) cancels the work underneath (closes the Neo4j session; the in-memory
 * store stops between steps).
 */
export function scopedStore(store: GraphStore, scope: RequestScope): GraphStore {
  const base = store.forRequest?.(scope.deadline, scope.onStatement) ?? store;
  const slots = new Semaphore(scope.maxConcurrent);
  const scoped: GraphStore = Object.create(base);
  for (const method of READS) {
    const call = (base[method] as (...args: unknown[]) => Promise<unknown>).bind(base);
    (scoped as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      scope.deadline.check();
      const release = await slots.acquire(undefined, undefined, scope.deadline.signal);
      const startedAt = performance.now();
      let ok = false;
      try {
        scope.deadline.check();
        const result = await untilStopped(call(...args), scope.deadline);
        ok = true;
        return result;
      } finally {
        release();
        scope.onCall?.(method, (performance.now() - startedAt) / 1000, ok);
      }
    };
  }
  return scoped;
}

/** The promise's outcome, or the deadline's error the moment the request is stopped. */
export function untilStopped<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  if (deadline.expired) {
    work.catch(() => undefined);
    return Promise.reject(deadline.signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(deadline.signal.reason);
    deadline.signal.addEventListener('abort', stop, { once: true });
    work.then(
      (value) => {
        deadline.signal.removeEventListener('abort', stop);
        resolve(value);
      },
      (error: unknown) => {
        deadline.signal.removeEventListener('abort', stop);
        reject(error);
      },
    );
  });
}

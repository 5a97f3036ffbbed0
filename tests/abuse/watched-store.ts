import type { Deadline } from '../../src/shared/deadline';
import type { GraphStore } from '../../src/store/graph-store';

const READS = ['getNodes', 'expand', 'expandPlan', 'search', 'findByNames', 'findPaths', 'exportNodes', 'exportEdges', 'candidates', 'counts'] as const;

/**
 * A store that counts the calls requests start on it, and can hold each one for `delayMs`
 * first, so that a request is long enough to be cut off at a known point. Everything else is
 * the real store underneath (memory or Neo4j), its request views included.
 */
export class WatchedStore {
  /** Store calls started by requests. */
  started = 0;
  delayMs = 0;
  private waiters: Array<{ count: number; resolve: () => void }> = [];

  constructor(readonly inner: GraphStore) {}

  /** The store to serve: a view of the inner store whose request views are watched. */
  get store(): GraphStore {
    const view: GraphStore = Object.create(this.inner);
    view.forRequest = (deadline: Deadline) => this.watch(this.inner.forRequest?.(deadline) ?? this.inner);
    return view;
  }

  /** Resolves once `count` calls have started in all. */
  startedAtLeast(count: number): Promise<void> {
    if (this.started >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  reset(): void {
    this.started = 0;
    this.delayMs = 0;
  }

  private watch(base: GraphStore): GraphStore {
    const watched: GraphStore = Object.create(base);
    for (const method of READS) {
      const call = (base[method] as (...args: unknown[]) => Promise<unknown>).bind(base);
      (watched as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        this.started++;
        this.waiters = this.waiters.filter((w) => (w.count <= this.started ? (w.resolve(), false) : true));
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        return call(...args);
      };
    }
    return watched;
  }
}

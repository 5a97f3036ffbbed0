/**
 * Which typed plan statements (plan-statement.ts) Neo4j has planned already. Planning one
 * nested statement costs Neo4j seconds of CPU (measured: 1-4 s for the full profile's, like the
 * hand-written equivalent), so a request never waits for it: the first time a shape is seen, the
 * generic statement (cypher/read-plan.cypher, planned once per depth) answers, and the typed
 * one is planned in the background (run once, rows dropped), one at a time; later requests of that shape
 * use it. At most `max` shapes are ever planned per process, so clients sending ever new shapes
 * cannot keep Neo4j planning: beyond that, the generic statement answers. Each API replica keeps
 * its own set; Neo4j's plan cache is per server, so a replica whose warm-up another cluster
 * member answered may still pay one planning on first use.
 */
export class TypedPlans {
  private readonly ready = new Set<string>();
  private readonly seen = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly warmUp: (text: string, params: Record<string, unknown>) => Promise<void>,
    private readonly max = 200,
  ) {}

  /** Whether the typed statement of `shape` may be used now; if not, it is planned in the background (once). */
  use(shape: string, text: string, params: Record<string, unknown>): boolean {
    if (this.ready.has(shape)) return true;
    if (!this.seen.has(shape) && this.seen.size < this.max) {
      this.seen.add(shape);
      // A failed warm-up (Neo4j down, a bug) leaves the shape on the generic statement.
      this.queue = this.queue.then(() => this.warmUp(text, params)).then(() => void this.ready.add(shape), () => undefined);
    }
    return false;
  }

  /** Resolves when every planning asked so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }
}

/**
 * Which typed plan statements (plan-statement.ts) Neo4j has planned already. Planning one
 * nested statement costs Neo4j seconds of CPU (measured: 1-4 s for the full profile's, as for
 * the hand-written equivalent), so no request waits for it: until a shape's typed statement is
 * planned, the generic one (cypher/read-plan.cypher, planned once per depth) answers. A shape
 * seen a second time is planned in the background (run once, rows dropped), one shape at a
 * time and after the request that asked, so it does not compete with it; later requests of
 * that shape use it. One-off shapes never cost a planning, and at most `max` shapes are ever
 * planned per process, so clients sending ever new shapes cannot keep Neo4j planning. Each API
 * replica keeps its own set; Neo4j's plan cache is per server, so a replica whose warm-up
 * another cluster member answered may still pay one planning on first use.
 */
export class TypedPlans {
  private readonly ready = new Set<string>();
  /** Shapes seen once (bounded: past the cap, shapes are not counted, so not planned). */
  private readonly seenOnce = new Set<string>();
  private readonly scheduled = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly warmUp: (text: string, params: Record<string, unknown>) => Promise<void>,
    private readonly max = 200,
    private readonly maxTracked = 10_000,
    /** Whether the store is idle now: a warm-up starts only then, never beside other statements. */
    private readonly idle: () => boolean = () => true,
  ) {}

  /** Whether the typed statement of `shape` is planned and may answer. */
  isReady(shape: string): boolean {
    return this.ready.has(shape);
  }

  /** The generic statement answered `shape`: the second time, its typed statement is planned in the background. */
  answeredGeneric(shape: string, text: string, params: Record<string, unknown>): void {
    if (this.ready.has(shape) || this.scheduled.has(shape)) return;
    if (!this.seenOnce.has(shape)) {
      if (this.seenOnce.size < this.maxTracked) this.seenOnce.add(shape);
      return;
    }
    if (this.scheduled.size >= this.max) return;
    this.seenOnce.delete(shape);
    this.scheduled.add(shape);
    // A failed warm-up (Neo4j down, a bug) leaves the shape on the generic statement.
    // While other statements run (a flood, a busy moment), the shape goes back to waiting for
    // its next sighting instead of adding seconds of Neo4j planning beside them.
    this.queue = this.queue.then(async () => {
      if (!this.idle()) {
        this.scheduled.delete(shape);
        this.seenOnce.add(shape);
        return;
      }
      await this.warmUp(text, params).then(
        () => void this.ready.add(shape),
        () => undefined,
      );
    });
  }

  /** Resolves when every planning asked so far has finished. */
  settled(): Promise<void> {
    return this.queue;
  }
}

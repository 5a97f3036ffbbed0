import { setMaxListeners } from 'node:events';
import { GraphQLError } from 'graphql';

/** Past a request's time budget (REQUEST_TIMEOUT_MS), or after its client went away. */
export class DeadlineExceededError extends GraphQLError {
  constructor(reason: string) {
    super(`The request was stopped: ${reason}`, { extensions: { code: 'DEADLINE_EXCEEDED' } });
  }
}

/**
 * A request's time budget. Its signal aborts when the budget runs out or the client leaves;
 * store work listens to it (a Neo4j session is closed, the in-memory store stops between
 * steps), and `check()` turns it into DEADLINE_EXCEEDED wherever work would start.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly startedAt = performance.now();
  private reason = '';
  /**
   * Set once the operation is known to be costly (COSTLY_QUERY_COST): the in-memory store
   * then runs its steps in the costly lane (shared/turns.ts), behind everything cheap.
   */
  costly = false;

  constructor(readonly budgetMs: number) {
    // Each store call of the request listens while it runs or waits, and stops listening when
    // done; a wide operation has more than Node's default of 10 at once.
    setMaxListeners(0, this.controller.signal);
    this.timer = setTimeout(() => this.abort(`it ran past its ${budgetMs} ms budget (REQUEST_TIMEOUT_MS)`), budgetMs);
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Milliseconds left of the budget (0 once past it). */
  get remainingMs(): number {
    return Math.max(0, Math.round(this.budgetMs - (performance.now() - this.startedAt)));
  }

  get expired(): boolean {
    return this.controller.signal.aborted;
  }

  /** Stops the request's work (the budget ran out, or the client disconnected). */
  abort(reason: string): void {
    if (this.expired) return;
    this.reason = reason;
    this.controller.abort(new DeadlineExceededError(reason));
  }

  /** Throws DEADLINE_EXCEEDED once the request has been stopped. */
  check(): void {
    if (this.expired) throw new DeadlineExceededError(this.reason);
  }

  /** The request finished: its timer goes. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}

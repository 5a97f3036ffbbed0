/** At most `permits` holders at once; others wait in order, up to `waitMs` if given. */
export class Semaphore {
  private active = 0;
  private readonly waiting: Array<{ grant: () => void; timer?: NodeJS.Timeout }> = [];

  constructor(private readonly permits: number) {}

  get inUse(): number {
    return this.active;
  }

  /**
   * Resolves with a release function (calling it twice releases once); rejects with
   * `onTimeout()` if no permit frees within `waitMs`, or with the signal's reason when it
   * aborts first. A waiter that gives up leaves the queue.
   */
  acquire(waitMs?: number, onTimeout?: () => Error, signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.permits) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const leave = (error: unknown) => {
        if (entry.timer) clearTimeout(entry.timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(error);
      };
      const onAbort = () => leave(signal?.reason);
      const entry: { grant: () => void; timer?: NodeJS.Timeout } = {
        grant: () => {
          if (entry.timer) clearTimeout(entry.timer);
          signal?.removeEventListener('abort', onAbort);
          this.active++;
          resolve(this.releaser());
        },
      };
      if (waitMs !== undefined) entry.timer = setTimeout(() => leave(onTimeout?.() ?? new Error(`no permit within ${waitMs} ms`)), waitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.grant();
    };
  }
}

/**
 * A budget shared by weighted holders: one waits, in order, until the budget has room for
 * its weight (a weight above the whole budget waits for all of it). Same waiting rules as
 * Semaphore.acquire.
 */
export class WeightedSemaphore {
  private used = 0;
  private readonly waiting: Array<{ weight: number; grant: () => void }> = [];

  constructor(private readonly capacity: number) {}

  get inUse(): number {
    return this.used;
  }

  acquire(weight: number, waitMs: number, onTimeout: () => Error, signal?: AbortSignal): Promise<() => void> {
    const w = Math.min(Math.max(weight, 0), this.capacity);
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.waiting.length === 0 && this.used + w <= this.capacity) {
      this.used += w;
      return Promise.resolve(this.releaser(w));
    }
    return new Promise((resolve, reject) => {
      const leave = (error: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        // The head may have been holding back smaller waiters behind it.
        this.grantWaiting();
        reject(error);
      };
      const onAbort = () => leave(signal?.reason);
      const entry = {
        weight: w,
        grant: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          this.used += w;
          resolve(this.releaser(w));
        },
      };
      const timer = setTimeout(() => leave(onTimeout()), waitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  /** Grants waiters in order while the head fits (no overtaking: a heavy waiter is not starved). */
  private grantWaiting(): void {
    while (this.waiting.length > 0 && this.used + this.waiting[0].weight <= this.capacity) {
      (this.waiting.shift() as { grant: () => void }).grant();
    }
  }

  private releaser(weight: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.used -= weight;
      this.grantWaiting();
    };
  }
}

import { Deadline } from '../../src/shared/deadline';
import { Semaphore, WeightedSemaphore } from '../../src/shared/semaphore';
import { nextTurn } from '../../src/shared/turns';

/** The primitives the request limits are built on (src/shared): order, timeouts, aborts. */

describe('nextTurn', () => {
  it('runs one costly step per turn of the event loop, so a cheap step waits for one, not all', async () => {
    const order: string[] = [];
    const steps = [
      nextTurn(true).then(() => order.push('costly 1')),
      nextTurn(true).then(() => order.push('costly 2')),
      nextTurn(true).then(() => order.push('costly 3')),
      nextTurn(false).then(() => order.push('cheap')),
    ];
    await Promise.all(steps);
    expect(order).toEqual(['costly 1', 'cheap', 'costly 2', 'costly 3']);
  });

  it('lets cheap steps run in the order they asked', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((n) => nextTurn(false).then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3]);
  });
});

describe('Semaphore', () => {
  it('grants in order, at most `permits` at once, and a release given twice counts once', async () => {
    const s = new Semaphore(2);
    const a = await s.acquire();
    const b = await s.acquire();
    const granted: string[] = [];
    const c = s.acquire().then((r) => (granted.push('c'), r));
    const d = s.acquire().then((r) => (granted.push('d'), r));
    await Promise.resolve();
    expect(granted).toEqual([]);
    a();
    a();
    await c;
    expect(granted).toEqual(['c']);
    expect(s.inUse).toBe(2);
    b();
    (await d)();
    expect(granted).toEqual(['c', 'd']);
    expect(s.inUse).toBe(1);
  });

  it('gives up after waitMs with the error asked for, and leaves the queue', async () => {
    const s = new Semaphore(1);
    const held = await s.acquire();
    await expect(s.acquire(20, () => new Error('busy'))).rejects.toThrow('busy');
    held();
    expect(s.inUse).toBe(0);
  });

  it('stops waiting when the signal aborts, with its reason', async () => {
    const s = new Semaphore(1);
    await s.acquire();
    const deadline = new Deadline(10_000);
    const waiting = s.acquire(undefined, undefined, deadline.signal);
    deadline.abort('the client disconnected');
    await expect(waiting).rejects.toMatchObject({ extensions: { code: 'DEADLINE_EXCEEDED' } });
    deadline.dispose();
  });
});

describe('WeightedSemaphore', () => {
  const busy = () => new Error('busy');

  it('admits holders while their weights fit, and a heavy waiter is not overtaken', async () => {
    const s = new WeightedSemaphore(100);
    const a = await s.acquire(60, 1000, busy);
    const granted: string[] = [];
    const heavy = s.acquire(80, 1000, busy).then((r) => (granted.push('heavy'), r));
    const light = s.acquire(10, 1000, busy).then((r) => (granted.push('light'), r));
    await Promise.resolve();
    expect(granted).toEqual([]);
    a();
    const releaseHeavy = await heavy;
    const releaseLight = await light;
    expect(granted).toEqual(['heavy', 'light']);
    expect(s.inUse).toBe(90);
    releaseHeavy();
    releaseLight();
    expect(s.inUse).toBe(0);
  });

  it('counts a weight above the whole budget as all of it', async () => {
    const s = new WeightedSemaphore(100);
    const release = await s.acquire(250, 1000, busy);
    expect(s.inUse).toBe(100);
    await expect(s.acquire(1, 20, busy)).rejects.toThrow('busy');
    release();
    expect(s.inUse).toBe(0);
  });
});

describe('Deadline', () => {
  it('expires after its budget with DEADLINE_EXCEEDED, naming the setting', async () => {
    const deadline = new Deadline(20);
    expect(() => deadline.check()).not.toThrow();
    await new Promise((r) => setTimeout(r, 40));
    expect(deadline.expired).toBe(true);
    expect(deadline.remainingMs).toBe(0);
    expect(() => deadline.check()).toThrow(/REQUEST_TIMEOUT_MS/);
  });
});

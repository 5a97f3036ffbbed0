/**
 * Giving the event loop a turn between synchronous steps (the in-memory store's work).
 *
 * A cheap request's step waits for the next turn of the loop (setImmediate). Costly requests'
 * steps go through one lane: a single step of all of them runs per turn of the loop, in the
 * order they asked. However many costly operations run at once, a cheap request then waits
 * for at most one of their steps per step of its own, not for a step of each.
 */
const lane: Array<() => void> = [];

export function nextTurn(costly: boolean): Promise<void> {
  return new Promise<void>((resolve) => {
    if (!costly) {
      setImmediate(resolve);
      return;
    }
    lane.push(resolve);
    if (lane.length === 1) setImmediate(runOne);
  });
}

/** Lets one costly step run (its continuation runs before the next immediate), then waits a turn. */
function runOne(): void {
  const step = lane.shift();
  step?.();
  if (lane.length > 0) setImmediate(runOne);
}

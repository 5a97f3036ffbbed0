/**
 * A pseudo-random sample drawn with a fixed seed (mulberry32): the same items on every run, so
 * a test or a benchmark that samples is repeatable and can state what it measured.
 */
export function seededSample<T>(items: readonly T[], size: number, seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  const out: T[] = [];
  while (out.length < size && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  return out;
}

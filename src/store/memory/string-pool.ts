import type { Props } from '../../model/graph';

/** Strings up to this length are shared across the graph: sources, facets, categories, codes. */
const SHARED_MAX = 48;

/**
 * Keeps one copy of each repeated property value. Parsed JSON gives every edge its own copy of
 * "O*NET 29.3", "source:onet-29-3", "skill"; sharing them saves tens of MB at national scale.
 * A longer value is shared only within its node (a task's `name` is its `text`).
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  /** `props` itself, kept: its nulls dropped and repeated strings shared in place (LoadOptions.owned). */
  adopt(props: Props): Props {
    let long: string[] | null = null;
    for (const key in props) {
      const value = props[key];
      if (value === null) delete props[key];
      else if (typeof value === 'string') {
        if (value.length <= SHARED_MAX) {
          const shared = this.pool.get(value);
          if (shared === undefined) this.pool.set(value, value);
          else props[key] = shared;
        } else {
          long ??= [];
          const same = long.find((v) => v === value);
          if (same === undefined) long.push(value);
          else props[key] = same;
        }
      }
    }
    return props;
  }

  /**
   * A copy of `base` with `update` over it (either may be absent), without null properties (a
   * null removes one, GraphStore.load) and with repeated strings shared: one pass, one object.
   */
  merged(base: Props | undefined, update: Props): Props {
    const out: Props = {};
    if (base) for (const key in base) if (!(key in update)) out[key] = base[key];
    const long: string[] = [];
    for (const key in update) {
      const value = update[key];
      if (value === null) continue;
      if (typeof value !== 'string') {
        out[key] = value;
      } else if (value.length <= SHARED_MAX) {
        const shared = this.pool.get(value);
        if (shared === undefined) this.pool.set(value, value);
        out[key] = shared ?? value;
      } else {
        const same = long.find((v) => v === value);
        if (same === undefined) long.push(value);
        out[key] = same ?? value;
      }
    }
    return out;
  }
}

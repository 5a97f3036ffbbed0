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

  intern(props: Props): Props {
    const long: string[] = [];
    for (const key of Object.keys(props)) {
      const value = props[key];
      if (typeof value !== 'string') continue;
      if (value.length <= SHARED_MAX) {
        const shared = this.pool.get(value);
        if (shared === undefined) this.pool.set(value, value);
        else props[key] = shared;
      } else {
        const same = long.find((v) => v === value);
        if (same === undefined) long.push(value);
        else props[key] = same;
      }
    }
    return props;
  }
}

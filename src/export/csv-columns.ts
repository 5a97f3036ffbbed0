import type { PropValue, Props } from '../model/graph';

/** neo4j-admin's default array delimiter; it has no escape, so an element holding it is split. */
export const ARRAY_DELIMITER = ';';

type Scalar = 'string' | 'long' | 'double' | 'boolean';
export type CsvType = Scalar | `${Scalar}[]`;

export interface CsvColumn {
  key: string;
  type: CsvType;
}

interface KeyStats {
  /** What the values were: `long`, `string[]`, `[]` (an empty array) and so on. */
  kinds: Set<string>;
  delimiterHits: number;
  firstDelimiterRow: string | null;
}

/**
 * Pass 1 of a CSV export: the property keys of the nodes (or edges) and one neo4j-admin type
 * per key. Holds only the key set, whatever the number of rows.
 */
export class CsvColumns {
  private readonly stats = new Map<string, KeyStats>();
  private lineBreaks = 0;

  constructor(private readonly what: 'nodes' | 'edges') {}

  observe(rowId: string, props: Props): void {
    for (const [key, value] of Object.entries(props)) {
      let stats = this.stats.get(key);
      if (!stats) this.stats.set(key, (stats = { kinds: new Set(), delimiterHits: 0, firstDelimiterRow: null }));
      if (value === null) continue;
      if (Array.isArray(value)) {
        if (value.length === 0) stats.kinds.add('[]');
        for (const element of value) {
          stats.kinds.add(`${scalarKind(element)}[]`);
          if (typeof element === 'string' && element.includes(ARRAY_DELIMITER)) {
            stats.delimiterHits++;
            stats.firstDelimiterRow ??= rowId;
          }
        }
      } else {
        stats.kinds.add(scalarKind(value));
      }
      if (hasLineBreak(value)) this.lineBreaks++;
    }
  }

  /** Sorted by key. */
  columns(): CsvColumn[] {
    return [...this.stats.keys()].sort().map((key) => ({ key, type: resolve(this.stats.get(key)!.kinds).type }));
  }

  warnings(): string[] {
    const out: string[] = [];
    for (const key of [...this.stats.keys()].sort()) {
      const stats = this.stats.get(key)!;
      const { type, conflict } = resolve(stats.kinds);
      const kinds = [...stats.kinds].filter((k) => k !== '[]').sort();
      if (conflict) out.push(`${this.what} property "${key}" holds ${kinds.join(' and ')} values; the CSV types it ${type}`);
      if (stats.delimiterHits > 0) {
        out.push(`${this.what} property "${key}": ${stats.delimiterHits} array elements contain "${ARRAY_DELIMITER}", the array delimiter (first in ${stats.firstDelimiterRow}); neo4j-admin will split them`);
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out.push(`${this.what} property "${key}" is not a plain name; check how neo4j-admin reads its header`);
    }
    if (this.lineBreaks > 0) {
      out.push(`${this.lineBreaks} ${this.what} property values contain line breaks (quoted); neo4j-admin needs --multiline-fields=true`);
    }
    return out;
  }
}

/**
 * One type for everything a key held: integers and decimals make `double`; anything else
 * mixed (text and numbers, arrays and single values) makes `string`, with a warning.
 */
function resolve(kinds: ReadonlySet<string>): { type: CsvType; conflict: boolean } {
  const arrays = [...kinds].filter((k) => k.endsWith('[]'));
  const scalars = [...kinds].filter((k) => !k.endsWith('[]')) as Scalar[];
  if (arrays.length > 0 && scalars.length > 0) return { type: 'string', conflict: true };
  if (arrays.length > 0) {
    const element = merge(arrays.filter((k) => k !== '[]').map((k) => k.slice(0, -2) as Scalar));
    return { type: `${element ?? 'string'}[]`, conflict: element === null };
  }
  const scalar = merge(scalars);
  return { type: scalar ?? 'string', conflict: scalar === null };
}

/** undefined: nothing seen; null: kinds that do not mix. */
function merge(kinds: readonly Scalar[]): Scalar | null | undefined {
  const set = new Set(kinds);
  if (set.size === 0) return undefined;
  if (set.size === 1) return kinds[0];
  if ([...set].every((k) => k === 'long' || k === 'double')) return 'double';
  return null;
}

function scalarKind(value: string | number | boolean): Scalar {
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

function hasLineBreak(value: PropValue): boolean {
  if (typeof value === 'string') return /[\r\n]/.test(value);
  return Array.isArray(value) && value.some((e) => typeof e === 'string' && /[\r\n]/.test(e));
}

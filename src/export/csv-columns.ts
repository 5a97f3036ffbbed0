import type { PropValue, Props } from '../model/graph';
import { ARRAY_DELIMITER, RESERVED_NAMES, type CsvColumn, type CsvScalar as Scalar, type CsvType } from './csv-schema';

interface KeyStats {
  /** What the values were: `long`, `string[]`, `[]` (an empty array) and so on. */
  kinds: Set<string>;
  /** Rows with a value (null counts as none). */
  present: number;
  delimiterHits: number;
  firstDelimiterRow: string | null;
  /** Arrays of one empty string: written `""`, as an empty array is. */
  blankArrays: number;
  firstBlankArrayRow: string | null;
}

/**
 * Pass 1 of a CSV export: the property keys of the nodes (or edges), one neo4j-admin type per
 * key and whether some row lacks it. Holds only the key set, whatever the number of rows.
 */
export class CsvColumns {
  private readonly stats = new Map<string, KeyStats>();
  private rows = 0;
  private lineBreaks = 0;

  constructor(private readonly what: 'nodes' | 'edges') {}

  observe(rowId: string, props: Props): void {
    this.rows++;
    for (const [key, value] of Object.entries(props)) {
      let stats = this.stats.get(key);
      if (!stats) {
        stats = { kinds: new Set(), present: 0, delimiterHits: 0, firstDelimiterRow: null, blankArrays: 0, firstBlankArrayRow: null };
        this.stats.set(key, stats);
      }
      if (value === null) continue;
      stats.present++;
      if (Array.isArray(value)) {
        if (value.length === 0) stats.kinds.add('[]');
        if (value.length === 1 && value[0] === '') {
          stats.blankArrays++;
          stats.firstBlankArrayRow ??= rowId;
        }
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
    return [...this.stats.keys()].sort().map((key) => {
      const stats = this.stats.get(key)!;
      return { key, type: resolve(stats.kinds).type, nullable: stats.present < this.rows };
    });
  }

  warnings(): string[] {
    const out: string[] = [];
    for (const key of [...this.stats.keys()].sort()) {
      const stats = this.stats.get(key)!;
      const { type, conflict } = resolve(stats.kinds);
      const kinds = [...stats.kinds].filter((k) => k !== '[]').sort();
      if (conflict) out.push(`${this.what} property "${key}" holds ${kinds.join(' and ')} values; the CSV types it ${type}`);
      if (stats.delimiterHits > 0) {
        out.push(
          `${this.what} property "${key}": ${stats.delimiterHits} array elements contain "${ARRAY_DELIMITER}", the array delimiter (first in ${stats.firstDelimiterRow}); neo4j-admin will split them`,
        );
      }
      if (stats.blankArrays > 0) {
        out.push(
          `${this.what} property "${key}": ${stats.blankArrays} arrays hold only an empty string (first in ${stats.firstBlankArrayRow}), written "", which neo4j-admin and pandas read as no value`,
        );
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out.push(`${this.what} property "${key}" is not a plain name; check how neo4j-admin reads its header`);
      if (RESERVED_NAMES[this.what].includes(key)) {
        out.push(`${this.what} property "${key}" has the name manifest.json gives another column; a reader naming columns by it gets two`);
      }
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

/** A whole number past 2^53 is not exact in JavaScript, and String() may give it an exponent: double. */
function scalarKind(value: string | number | boolean): Scalar {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return typeof value === 'boolean' ? 'boolean' : 'string';
}

function hasLineBreak(value: PropValue): boolean {
  if (typeof value === 'string') return /[\r\n]/.test(value);
  return Array.isArray(value) && value.some((e) => typeof e === 'string' && /[\r\n]/.test(e));
}

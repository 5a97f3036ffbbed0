import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

/**
 * The one place Neo4j values become plain JavaScript: Integers to numbers (they are counts
 * and small ranks here), temporals to ISO strings, nested lists and maps recursively.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: return them before the type checks below.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDate(value as object) ||
    isDateTime(value as object) ||
    isLocalDateTime(value as object) ||
    isLocalTime(value as object) ||
    isTime(value as object) ||
    isDuration(value as object)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

/** SKIP and LIMIT need Cypher integers, not floats. */
export const cypherInt = (n: number) => neo4j.int(n);

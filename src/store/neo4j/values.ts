import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

/**
 * The one place Neo4j values become plain JavaScript: Integers to numbers (they are counts
 * and small ranks here), temporals to ISO strings, nested lists and maps recursively. Lists and
 * maps are converted in place, not copied: they are the driver's fresh objects for one result
 * (a full profile's row holds thousands), and nothing else keeps them.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings and numbers: return them before the type checks below.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    // for-in: no array of keys per map (the maps are plain, with nothing inherited to skip).
    for (const key in map) {
      const v = map[key];
      if (v === undefined || (v !== null && typeof v === 'object')) map[key] = toPlain(v);
    }
    return map;
  }
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
  // Any other structure (a node, a relationship): its fields, as a plain map.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

/** SKIP and LIMIT need Cypher integers, not floats. */
export const cypherInt = (n: number) => neo4j.int(n);

/**
 * Search semantics shared by both stores: a node matches when every query word is a prefix
 * of some word of its searchable text. Text is folded to lower-case ASCII words so that
 * Neo4j's full-text analyser and the in-memory index tokenise it identically.
 */

export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function searchTextOf(parts: Array<string | null | undefined>): string {
  const words = new Set<string>();
  for (const part of parts) {
    if (part) for (const word of searchWords(part)) words.add(word);
  }
  return [...words].join(' ');
}

/**
 * Ranking shared by both stores: 0 exact name, 1 name starts with the query, 2 any other match.
 * `searchName` is the node's name as search words joined by spaces (stored at load).
 */
export function searchRank(searchName: string, queryWords: readonly string[]): number {
  const query = queryWords.join(' ');
  if (searchName === query) return 0;
  if (searchName.startsWith(query)) return 1;
  return 2;
}

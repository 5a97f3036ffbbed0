import type { NodeLabel } from '../../model/graph';
import { compareText } from '../../shared/compare';
import { searchRank } from '../../model/search-text';

export interface SearchEntry {
  id: string;
  label: NodeLabel;
  name: string;
  searchName: string;
}

/** A hit and its rank (0 exact name, 1 name prefix, 2 other: src/model/search-text.ts). */
export interface RankedEntry {
  entry: SearchEntry;
  rank: number;
}

/**
 * Word-prefix search without scanning every node or sorting hits: the distinct words of all
 * searchText, sorted, map to the nodes holding them (postings); a query word's matches are
 * the words in its prefix range (two binary searches). Entries are kept in (name, id) order
 * and postings refer to that order, so the hits of a query, read in entry order and split by
 * rank, are already in the search order (rank, name, id): a one-letter query over the whole
 * national graph is one pass over a byte per node, not a sort of twenty thousand hits.
 */
export class SearchIndex {
  private readonly entries: SearchEntry[];
  private readonly words: string[];
  private readonly postings: Map<string, number[]>;
  /** Entry positions by searchName: exact-name lookups. */
  private readonly byName = new Map<string, number[]>();

  constructor(entries: Array<SearchEntry & { searchText: string }>) {
    const sorted = [...entries].sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
    this.entries = sorted.map(({ id, label, name, searchName }) => ({ id, label, name, searchName }));
    const postings = new Map<string, number[]>();
    sorted.forEach((e, i) => {
      for (const word of new Set(e.searchText.split(' '))) {
        if (!word) continue;
        const list = postings.get(word);
        if (list) list.push(i);
        else postings.set(word, [i]);
      }
      const same = this.byName.get(e.searchName);
      if (same) same.push(i);
      else this.byName.set(e.searchName, [i]);
    });
    this.postings = postings;
    this.words = [...postings.keys()].sort();
  }

  /** Entries matching every query word, optionally only of some labels, in search order. */
  search(queryWords: readonly string[], labels: readonly NodeLabel[] | null): RankedEntry[] {
    // matched[i] = how many query words entry i has matched so far (search text is at most
    // 200 characters, so fewer than 256 words).
    const matched = new Uint8Array(this.entries.length);
    const longestFirst = [...queryWords].sort((a, b) => b.length - a.length);
    for (let k = 0; k < longestFirst.length; k++) {
      const q = longestFirst[k];
      let any = false;
      for (let w = this.lowerBound(q); w < this.words.length && this.words[w].startsWith(q); w++) {
        for (const i of this.postings.get(this.words[w]) as number[]) {
          if (matched[i] === k) {
            matched[i] = k + 1;
            any = true;
          }
        }
      }
      if (!any) return [];
    }
    const byRank: RankedEntry[][] = [[], [], []];
    const all = longestFirst.length;
    for (let i = 0; i < matched.length; i++) {
      if (matched[i] !== all) continue;
      const entry = this.entries[i];
      if (labels && !labels.includes(entry.label)) continue;
      const rank = searchRank(entry.searchName, queryWords);
      byRank[rank].push({ entry, rank });
    }
    return byRank.flat();
  }

  /** Entries whose searchName is exactly `searchName`, optionally only of some labels. */
  named(searchName: string, labels: readonly NodeLabel[] | null): SearchEntry[] {
    const hits = (this.byName.get(searchName) ?? []).map((i) => this.entries[i]);
    return labels ? hits.filter((e) => labels.includes(e.label)) : hits;
  }

  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

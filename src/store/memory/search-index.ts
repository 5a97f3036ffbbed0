import type { NodeLabel } from '../../model/graph';

interface Entry {
  id: string;
  label: NodeLabel;
  name: string;
  searchName: string;
}

/**
 * Word-prefix search without scanning every node: the distinct words of all searchText,
 * sorted, map to the nodes holding them; a query word's matches are the words in its prefix
 * range (two binary searches), and a node matches when it is in every query word's set.
 */
export class SearchIndex {
  private readonly words: string[];
  private readonly postings: Map<string, number[]>;

  constructor(private readonly entries: Entry[], searchTexts: string[]) {
    const postings = new Map<string, number[]>();
    searchTexts.forEach((text, i) => {
      for (const word of new Set(text.split(' '))) {
        if (!word) continue;
        const list = postings.get(word);
        if (list) list.push(i);
        else postings.set(word, [i]);
      }
    });
    this.postings = postings;
    this.words = [...postings.keys()].sort();
  }

  /** Entries matching every query word, optionally only of some labels. */
  match(queryWords: readonly string[], labels: readonly NodeLabel[] | null): Entry[] {
    let result: Set<number> | null = null;
    for (const q of [...queryWords].sort((a, b) => b.length - a.length)) {
      const matching = new Set<number>();
      for (let i = this.lowerBound(q); i < this.words.length && this.words[i].startsWith(q); i++) {
        for (const n of this.postings.get(this.words[i]) as number[]) if (!result || result.has(n)) matching.add(n);
      }
      result = matching;
      if (result.size === 0) break;
    }
    const hits = [...(result ?? [])].map((i) => this.entries[i]);
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

/**
 * Text as TF-IDF vectors for occupation similarity: lower-case alphanumeric words longer than
 * one letter, without a fixed list of function words and the verbs every task statement uses,
 * reduced by a small suffix stemmer; tf = 1 + ln(count), idf = ln(documents / document
 * frequency); vectors have unit length, so a dot product is their cosine.
 */
const STOP = new Set(
  `a an the and or of to in on for with by from at as into onto be is are was were been being this that these those
such other others their its it they them he she his her who whom which what when where how than then so may might must
can could would should will shall do does done not no nor all any each every both either neither more most less least use using used
including include includes etc e g i via per within without upon over under between among about also only same various related
perform performs performing provide provides ensure ensures determine determines work works working activities activity duties`.split(/\s+/),
);

const SUFFIXES = ['ies', 'sses', 'ing', 'ed', 'es', 's'];
const SIBILANT_ES = ['ches', 'shes', 'xes', 'sses', 'zes'];

export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      if (suffix === 'ies') return `${word.slice(0, -3)}y`;
      if (suffix === 'sses') return word.slice(0, -2);
      if (suffix === 'es' && !SIBILANT_ES.some((x) => word.endsWith(x))) return word.slice(0, -1);
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1 && !STOP.has(w)).map(stem);
}

/** A sparse unit vector: term ids and weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** One unit TF-IDF vector per document (null for an empty one) and an inverted index over them. */
export function tfidfVectors(documents: readonly string[][]): { vectors: Array<SparseVector | null>; postings: number[][] } {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const count = documents.filter((d) => d.length > 0).length;
  const termIds = new Map<string, number>();
  const vectors = documents.map((doc) => {
    const tf = new Map<string, number>();
    for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
    const entries: Array<[number, number]> = [];
    for (const [t, c] of tf) {
      const n = df.get(t) as number;
      if (n >= count) continue;
      if (!termIds.has(t)) termIds.set(t, termIds.size);
      entries.push([termIds.get(t) as number, (1 + Math.log(c)) * Math.log(count / n)]);
    }
    const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
    if (norm === 0) return null;
    return { ids: Int32Array.from(entries.map(([id]) => id)), weights: Float64Array.from(entries.map(([, w]) => w / norm)) };
  });
  const postings: number[][] = Array.from({ length: termIds.size }, () => []);
  vectors.forEach((v, i) => {
    if (v) v.ids.forEach((id, k) => postings[id].push(i, v.weights[k]));
  });
  return { vectors, postings };
}

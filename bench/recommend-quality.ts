import 'reflect-metadata';
import { join } from 'node:path';
import { GraphService } from '../src/features/graph/graph.service';
import { RecommendService } from '../src/features/recommend/recommend.service';
import { SimilarityService } from '../src/features/similarity/similarity.service';
import { loadSeedInto } from '../src/ingest/seed/seed-graph';
import { MemoryStore } from '../src/store/memory/memory.store';
import { seededSample } from '../src/shared/seeded-sample';

/**
 * `npm run bench:quality`: how well recommendations and similarity hold up at national scale,
 * judged against facts outside the scorer (#10), on the embedded store:
 * - self-retrieval: a profile of an occupation's ten most important skills and knowledge areas
 *   (by importance, then name; suppressed ratings left out), given by name, must rank it in
 *   the top 10;
 * - similarOccupations' top 10 against O*NET's primary related occupations (which the
 *   similarity never reads).
 * Samples are drawn with a fixed seed (SAMPLE, SEED) and printed with the results.
 */
const ROOT = join(__dirname, '..', ...(__dirname.includes('dist') ? ['..'] : []));
const SAMPLE = Number(process.env.SAMPLE ?? 300);
const SEED = Number(process.env.SEED ?? 20261127);

async function main(): Promise<void> {
  const store = new MemoryStore();
  await loadSeedInto(store, join(ROOT, 'seeds'));
  const occupations = await store.exportNodes({ labels: ['Occupation'], after: null, limit: 5000 });
  const top10 = new Map<string, string[]>();
  const primary = new Map<string, Set<string>>();
  for (const o of occupations) {
    const [skills, related] = await store.expand([
      { id: o.id, rel: 'REQUIRES_SKILL', direction: 'OUT', after: null, limit: 200 },
      { id: o.id, rel: 'RELATED_TO', direction: 'OUT', after: null, limit: 200 },
    ]);
    const rated = skills.items
      .filter((s) => typeof s.edge.importance === 'number' && s.edge.suppressed !== true)
      .sort((a, b) => (b.edge.importance as number) - (a.edge.importance as number) || String(a.node.props.name).localeCompare(String(b.node.props.name)));
    if (rated.length > 0)
      top10.set(
        o.id,
        rated.slice(0, 10).map((s) => String(s.node.props.name)),
      );
    const p = related.items.filter((r) => String(r.edge.tier).startsWith('PRIMARY')).map((r) => r.node.id);
    if (p.length > 0) primary.set(o.id, new Set(p));
  }

  const rankOf = async (profileSkills: string[], target: string) => {
    const graph = new GraphService(store);
    const page = await new RecommendService(graph).recommend({ skills: profileSkills.map((skill) => ({ skill })) }, 50, null);
    const at = page.items.findIndex((r) => r.candidateId === target);
    return at < 0 ? Infinity : at + 1;
  };
  const targets = seededSample([...top10.keys()].sort(), SAMPLE, SEED);
  const started = performance.now();
  const ranks: number[] = [];
  for (const id of targets) ranks.push(await rankOf(top10.get(id) as string[], id));
  const ms = (performance.now() - started) / targets.length;
  const share = (k: number) => ((100 * ranks.filter((r) => r <= k).length) / ranks.length).toFixed(1);
  console.log(
    `self-retrieval: ${targets.length} of ${top10.size} rated occupations (seed ${SEED}): top1 ${share(1)}%, top10 ${share(10)}%, top50 ${share(50)}%; ${ms.toFixed(1)} ms per recommend`,
  );
  const misses = targets.filter((_, i) => ranks[i] > 10).slice(0, 8);
  if (misses.length > 0) console.log(`  missed, e.g.: ${misses.map((m) => `${m} (rank ${ranks[targets.indexOf(m)]})`).join(', ')}`);

  const example = ['Programming', 'Complex Problem Solving', 'Critical Thinking', 'Systems Analysis', 'Mathematics'];
  console.log(
    `example profile [${example.join(', ')}]: 15-1251 Computer Programmers rank ${await rankOf(example, 'occupation:15-1251')}, ` +
      `15-1252 Software Developers rank ${await rankOf(example, 'occupation:15-1252')}, 47-2044 Tile and Stone Setters rank ${await rankOf(example, 'occupation:47-2044')}`,
  );

  const judged = seededSample([...primary.keys()].sort(), SAMPLE, SEED);
  let recall = 0;
  let ratedRecall = 0;
  let rated = 0;
  for (const id of judged) {
    const page = await new SimilarityService(new GraphService(store)).similar(id.slice('occupation:'.length), 10, null);
    const p = primary.get(id) as Set<string>;
    const r = page.items.filter((s) => p.has(s.occupationId)).length / p.size;
    recall += r;
    if (top10.has(id)) {
      ratedRecall += r;
      rated++;
    }
  }
  console.log(
    `similarOccupations: top-10 recall of O*NET's primary related occupations, ${judged.length} of ${primary.size} occupations (seed ${SEED}): ` +
      `${((100 * recall) / judged.length).toFixed(1)}% (rated ${((100 * ratedRecall) / rated).toFixed(1)}% of ${rated}, unrated ${((100 * (recall - ratedRecall)) / Math.max(1, judged.length - rated)).toFixed(1)}% of ${judged.length - rated})`,
  );
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { createSchema } from '../src/server/schema';
import { GraphService } from '../src/features/graph/graph.service';
import { MemoryStore } from '../src/store/memory/memory.store';
import { loadSeedGraph } from '../src/store/seed-graph';
async function main() {
  const store = new MemoryStore(); await store.load(loadSeedGraph('seeds'));
  const schema = await createSchema();
  const doc = parse(readFileSync('examples/full-profile.graphql', 'utf8'));
  for (let i = 0; i < 50; i++) await execute({ schema, document: doc, contextValue: { graph: new GraphService(store) } });
  const t = process.hrtime.bigint();
  for (let i = 0; i < 200; i++) await execute({ schema, document: doc, contextValue: { graph: new GraphService(store) } });
  console.log('ms/op', Number(process.hrtime.bigint() - t) / 1e6 / 200);
}
main();

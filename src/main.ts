import 'reflect-metadata';
import { startApp } from './app';
import { loadConfig } from './config';
import { createStore } from './create-store';

async function main(): Promise<void> {
  const config = loadConfig();
  const store = await createStore(config);
  if (config.api.cursorSecretIsDefault && process.env.NODE_ENV === 'production') {
    console.log('careergraph: WARNING cursors are signed with the development secret; set CURSOR_SECRET (the same on every replica)');
  }
  const app = await startApp(config, store);
  const counts = await store.counts();
  console.log(`careergraph: ${store.kind} store, ${counts.nodes} nodes, ${counts.edges} edges`);
  console.log(`careergraph: GraphQL API and playground at ${app.url}`);
  const shutdown = async (signal: string) => {
    console.log(`careergraph: ${signal}, shutting down`);
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`careergraph: failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { createApollo } from './server/apollo';
import { createHttpServer } from './server/http-server';
import { createSchema } from './server/schema';
import type { GraphStore } from './store/graph-store';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** Serves the GraphQL API over a store; the store's lifetime stays with the caller. */
export async function startApp(config: Pick<Config, 'host' | 'port' | 'maxQueryDepth'>, store: GraphStore): Promise<RunningApp> {
  const apollo = createApollo(await createSchema(), config.maxQueryDepth);
  await apollo.start();
  const server = createHttpServer(apollo, store);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

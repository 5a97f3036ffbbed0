import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { setCursorSecret } from './features/common/cursor';
import { createApollo } from './server/apollo';
import { createHttpServer } from './server/http-server';
import { createSchema } from './server/schema';
import type { GraphStore } from './store/graph-store';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export type AppConfig = Pick<Config, 'host' | 'port' | 'limits' | 'http' | 'api'>;

/** Serves the GraphQL API over a store; the store's lifetime stays with the caller. */
export async function startApp(config: AppConfig, store: GraphStore): Promise<RunningApp> {
  setCursorSecret(config.api.cursorSecret);
  const schema = await createSchema();
  const apollo = createApollo(schema, config);
  await apollo.start();
  const server = createHttpServer(apollo, schema, store, config);
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

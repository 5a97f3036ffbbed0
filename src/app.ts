import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { setCursorSecret } from './features/common/cursor';
import { createApollo } from './server/apollo';
import { createHttpServer } from './server/http-server';
import { createLogger, type Logger } from './server/observability/logger';
import { Observability } from './server/observability/observability';
import { createSchema } from './server/schema';
import type { GraphStore } from './store/graph-store';

export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

export type AppConfig = Pick<Config, 'host' | 'port' | 'limits' | 'http' | 'api' | 'observability'>;

export interface AppOptions {
  /** Where the server logs; by default JSON lines on stdout at LOG_LEVEL (tests pass one they can read). */
  logger?: Logger;
}

/** Serves the GraphQL API over a store; the store's lifetime stays with the caller. */
export async function startApp(config: AppConfig, store: GraphStore, options: AppOptions = {}): Promise<RunningApp> {
  setCursorSecret(config.api.cursorSecret);
  const logger = options.logger ?? createLogger(config.observability.logLevel);
  const observability = new Observability(logger, store, config.observability);
  const schema = await createSchema();
  const apollo = createApollo(schema, config, logger);
  await apollo.start();
  const server = createHttpServer({ apollo, schema, store, config, observability });
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

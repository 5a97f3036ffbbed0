import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { RequestContext } from '../features/common/request-context';
import { errorFormatter } from './format-error';
import { jitGateway } from './jit-executor';
import { operationLimitsPlugin } from './limits/operation-limits.plugin';
import { observabilityPlugin } from './observability/observability.plugin';

export type ApiSettings = Pick<Config, 'limits' | 'api'>;

export function createApollo(schema: GraphQLSchema, settings: ApiSettings, logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    // graphql-jit comes in through the gateway option, the only way in for another executor.
    ...(settings.api.jit ? { gateway: jitGateway(schema, settings.api.jitAfter) } : { schema }),
    logger,
    introspection: settings.api.introspection,
    includeStacktraceInErrorResponses: false,
    // "Did you mean ...?" names fields a client did not ask about: off in production.
    hideSchemaDetailsFromClientErrors: !settings.api.fieldSuggestions,
    formatError: errorFormatter({ suggestions: settings.api.fieldSuggestions, logger }),
    parseOptions: { maxTokens: settings.limits.maxTokens },
    // Compact JSON: Apollo's default indents every answer, which for a large one costs as much
    // time on the event loop as a big part of its execution, and a third more bytes.
    stringifyResult: (result) => JSON.stringify(result),
    // Off (Apollo's default, stated): each operation of a batch would pass the limits on its own,
    // multiplying what one request may cost. The HTTP layer answers an array with a 400 saying so.
    allowBatchedHttpRequests: false,
    plugins: [
      operationLimitsPlugin(settings.limits),
      // After the limits plugin, which sets the cost this one reports.
      observabilityPlugin(logger),
      // Our own offline GraphiQL page replaces Apollo's CDN-hosted landing page.
      ApolloServerPluginLandingPageDisabled(),
      // No field has a cache hint, so every answer is `no-store` (http-server.ts sets it); Apollo's
      // cache-control plugin would wrap every field's resolver to find that out, on each request.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

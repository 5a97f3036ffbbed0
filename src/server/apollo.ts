import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { RequestContext } from '../features/common/request-context';
import { errorFormatter } from './format-error';
import { operationLimitsPlugin } from './limits/operation-limits.plugin';

export type ApiSettings = Pick<Config, 'limits' | 'api'>;

export function createApollo(schema: GraphQLSchema, settings: ApiSettings): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: settings.api.introspection,
    includeStacktraceInErrorResponses: false,
    // "Did you mean ...?" names fields a client did not ask about: off in production.
    hideSchemaDetailsFromClientErrors: !settings.api.fieldSuggestions,
    formatError: errorFormatter({ suggestions: settings.api.fieldSuggestions }),
    parseOptions: { maxTokens: settings.limits.maxTokens },
    // Compact JSON: Apollo's default indents every answer, which for a large one costs as much
    // time on the event loop as a big part of its execution, and a third more bytes.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      operationLimitsPlugin(settings.limits),
      // Our own offline GraphiQL page replaces Apollo's CDN-hosted landing page.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

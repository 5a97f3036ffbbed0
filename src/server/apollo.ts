import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from './context';
import { depthLimit } from './depth-limit';
import { formatError } from './format-error';

export function createApollo(schema: GraphQLSchema, maxQueryDepth: number): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [depthLimit(maxQueryDepth)],
    // Our own offline GraphiQL page replaces Apollo's CDN-hosted landing page.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
}

import { GraphQLError, Kind, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { QueryLimits } from '../../config';
import { LimitExceededError, limitExceeded } from './limit-exceeded';
import { analysisOf, parsedOnce } from './analysis-cache';

/** graphql-js's message when the parser stops at `maxTokens` (16 spells it "more that"). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/** The parts of a GraphQL-over-HTTP request preflight reads (a POST body or GET parameters). */
export interface PreflightRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * Checks an operation's size and cost before Apollo validates it: graphql-js's own validation
 * is quadratic on some documents (many fields of one name in one selection), so an oversized
 * operation is refused here, in time linear in its length, before that can run. The parser
 * stops at MAX_TOKENS. Returns the error to answer with (HTTP 400), or null to go on; a
 * request this cannot read (no query text: a persisted query; a syntax error) is left to
 * Apollo, whose plugin runs the same analysis after validation.
 */
export function preflight(schema: GraphQLSchema, request: PreflightRequest, limits: QueryLimits): LimitExceededError | null {
  if (typeof request.query !== 'string') return null;
  let document;
  try {
    document = parsedOnce(schema, request.query, limits.maxTokens);
  } catch (error) {
    if (!(error instanceof GraphQLError) || !TOKEN_LIMIT.test(error.message)) return null;
    return new LimitExceededError('TOO_MANY_TOKENS', `The document is longer than ${limits.maxTokens} tokens (MAX_TOKENS).`, {
      limit: limits.maxTokens,
      setting: 'MAX_TOKENS',
    });
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const named = typeof request.operationName === 'string' ? operations.filter((o) => o.name?.value === request.operationName) : operations;
  const variables = typeof request.variables === 'object' && request.variables !== null ? (request.variables as Record<string, unknown>) : {};
  for (const operation of named) {
    if (!schema.getRootType(operation.operation)) continue;
    const error = limitExceeded(analysisOf(schema, request.query, document, operation, variables), limits);
    if (error) return error;
  }
  return null;
}

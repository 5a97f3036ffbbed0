import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED', 'FORBIDDEN',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/** Our errors pass through; argument validation names the argument; anything else is logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors as Array<{ property: string; constraints?: Record<string, string> }>;
    const first = problems[0];
    const reasons = problems.flatMap((p) => Object.values(p.constraints ?? {}));
    return {
      ...formatted,
      message: `Invalid argument "${first?.property}": ${reasons.join('; ')}`,
      extensions: { code: 'BAD_USER_INPUT', argumentName: first?.property },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('Unexpected error while executing a GraphQL request:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

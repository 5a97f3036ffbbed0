import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { LIMIT_CODES } from './limits/limit-exceeded';

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT', 'NOT_FOUND', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED', 'FORBIDDEN', 'DEADLINE_EXCEEDED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', ...LIMIT_CODES,
]);

/** graphql-js's "Did you mean ...?" tail (validation and variable coercion both add one). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Our errors pass through (with "Did you mean" hints removed unless suggestions are on);
 * argument validation names the argument; anything else is logged and masked.
 */
export function errorFormatter(options: { suggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatError(formatted, error);
    return options.suggestions ? out : { ...out, message: out.message.replace(SUGGESTION, '') };
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
    // `http` only tells Apollo the status; it is not part of the answer.
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('Unexpected error while executing a GraphQL request:', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

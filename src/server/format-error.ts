import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';
import { LIMIT_CODES } from './limits/limit-exceeded';

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'SERVICE_UNAVAILABLE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DEADLINE_EXCEEDED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'OPERATION_RESOLUTION_FAILURE',
  ...LIMIT_CODES,
]);

/** graphql-js's "Did you mean ...?" tail (validation and variable coercion both add one). */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** Unexpected errors already logged, with their request's id, by the observability plugin. */
const reported = new WeakSet<object>();

/**
 * Our errors pass through (with "Did you mean" hints removed unless suggestions are on);
 * argument validation names the argument; anything else is logged and masked.
 */
export function errorFormatter(options: { suggestions: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = formatError(formatted, error, options.logger);
    return options.suggestions ? out : { ...out, message: out.message.replace(SUGGESTION, '') };
  };
}

/** Whether the formatter masks this error: neither ours, nor the client's fault. */
export function isUnexpectedError(error: unknown): boolean {
  if (unwrapResolverError(error) instanceof ArgumentValidationError || isApolloRequestError(error)) return false;
  return !(error instanceof GraphQLError && KNOWN_CODES.has(String(error.extensions.code)));
}

/** The plugin logged this unexpected error (with the request's id): the formatter need not. */
export function markReported(error: unknown): void {
  if (typeof error === 'object' && error !== null) reported.add(error);
}

function formatError(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
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
  if (isApolloRequestError(error)) return { ...formatted, extensions: { code: 'BAD_REQUEST' } };
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN_CODES.has(code)) {
    // `http` only tells Apollo the status; it is not part of the answer.
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (!reported.has(error as object)) logger.error({ err: original }, 'Unexpected error while executing a GraphQL request');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/**
 * An error Apollo raised itself about the request, with a 4xx status but no code (an
 * unsupported persisted-query version, for one): the client's fault, so BAD_REQUEST, not an
 * internal error. Errors from resolvers always have an originalError, so never match.
 */
function isApolloRequestError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

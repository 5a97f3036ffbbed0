import { createHash } from 'node:crypto';

export const PERSISTED_QUERY_HASH_MISMATCH = 'PERSISTED_QUERY_HASH_MISMATCH';

/**
 * Automatic persisted queries: a client that registers a query sends its text with
 * `extensions.persistedQuery.sha256Hash`. Apollo refuses a hash that is not the text's with
 * an error that has no code, which would reach the client as INTERNAL_SERVER_ERROR and be
 * logged as unexpected; it is the client's mistake, so it is answered here, as a 400 with its
 * own code. Returns the error's message, or null when there is nothing wrong to report.
 */
export function persistedQueryMismatch(request: { query?: unknown; extensions?: unknown }): string | null {
  if (typeof request.query !== 'string') return null;
  const persisted = (request.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  // Other versions, or no hash: Apollo's own answer (400) stands.
  if (persisted?.version !== 1 || typeof persisted.sha256Hash !== 'string') return null;
  if (createHash('sha256').update(request.query).digest('hex') === persisted.sha256Hash) return null;
  return 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent: send the lowercase hex SHA-256 of the exact query text (UTF-8)';
}

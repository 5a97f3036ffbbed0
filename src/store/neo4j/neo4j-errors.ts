import { Neo4jError } from 'neo4j-driver';
import { ConfigError, ServiceUnavailableError } from '../../shared/errors';

/**
 * Neo4j failures, mapped by their code (never their message) to what a client or operator
 * can act on. Anything unmapped is rethrown as is and masked by the API.
 */
export function mapNeo4jError(error: unknown, query: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new ServiceUnavailableError(`Neo4j cannot be reached (${code}) while running ${query}`);
  }
  // The driver's own pool timeout has no code of its own ('N/A'), only this message; the
  // store's gate (NEO4J_MAX_POOL_SIZE) normally answers first.
  if (code === 'N/A' && error.message.startsWith('Connection acquisition timed out')) {
    return new ServiceUnavailableError(`no Neo4j connection came free in time for ${query}; retry shortly`);
  }
  if (
    code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
    code === 'Neo.TransientError.General.TransactionMemoryLimit' ||
    code === 'Neo.ClientError.General.TransactionOutOfMemoryError'
  ) {
    return new ServiceUnavailableError(`Neo4j ran out of memory for ${query} (${code}); retry later, or ask for less`);
  }
  if (code.startsWith('Neo.TransientError.')) {
    return new ServiceUnavailableError(`Neo4j could not run ${query} just now (${code}); retry shortly`);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ServiceUnavailableError('Neo4j rejected the credentials (check NEO4J_USER and NEO4J_PASSWORD)');
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ServiceUnavailableError('the Neo4j database named by NEO4J_DATABASE does not exist');
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new ServiceUnavailableError(`${query} exceeded the transaction timeout (NEO4J_TX_TIMEOUT_MS)`);
  }
  return error;
}

/** A start-up check's failure, as a message that names the setting to fix. */
export function describeConnectError(error: unknown, uri: string): ConfigError | null {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new ConfigError('NEO4J_USER/NEO4J_PASSWORD', `Neo4j at ${uri} rejected the credentials (${code})`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ConfigError('NEO4J_DATABASE', `no such database on ${uri}`);
  }
  return null;
}

import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../features/common/request-context';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];

/** Compiled operations kept; past it the least recently used is dropped. */
const DEFAULT_CACHE_SIZE = 500;

/**
 * graphql-jit's compiled operations, one per (document, operation), in an LRU. Apollo hands
 * the same document object for the same query text (its document store), so the key is the
 * query's hash: a client repeating an operation compiles it once.
 */
export class CompiledOperations {
  private readonly compiled = new Map<string, CompiledQuery>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly maxSize = DEFAULT_CACHE_SIZE,
  ) {}

  get size(): number {
    return this.compiled.size;
  }

  /** The operation's answer, as graphql-js's `execute` gives it (data, errors with paths and extensions). */
  async execute(
    key: string,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    context: unknown,
  ): Promise<ExecutionResult> {
    const compiled = this.compile(`${key}\0${operationName ?? ''}`, document, operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    // Variables are checked by graphql-js first: its errors name the variable's node, which is how
    // Apollo tells a client's bad variable (400, BAD_USER_INPUT) from a failure; graphql-jit's do
    // not, and say it differently. A few variables cost microseconds.
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName));
    if (operation?.kind === 'OperationDefinition' && operation.variableDefinitions?.length) {
      const checked = getVariableValues(this.schema, operation.variableDefinitions, variables ?? {});
      if (checked.errors) return { errors: checked.errors };
    }
    const result = await compiled.query(undefined, context, variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }

  private compile(key: string, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | ExecutionResult {
    const hit = this.compiled.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order.
      this.compiled.delete(key);
      this.compiled.set(key, hit);
      return hit;
    }
    const compiled = compileQuery(this.schema, document, operationName ?? undefined);
    // An operation that does not compile (no such operation name) is answered, not kept.
    if (!isCompiledQuery(compiled)) return compiled;
    this.compiled.set(key, compiled);
    if (this.compiled.size > this.maxSize) this.compiled.delete(this.compiled.keys().next().value as string);
    return compiled;
  }
}

/**
 * graphql-jit's error as graphql-js makes it: graphql-jit gives `extensions` only when the
 * thrown error had some, while Apollo and our formatter read them on every error (an Error
 * thrown by a resolver would otherwise fail the whole request). Same message, path, locations
 * and original error, so our formatter masks or passes it as with graphql-js.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const normal = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-js computes locations from AST nodes, which graphql-jit does not keep.
  (normal as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return normal;
}

/**
 * Apollo Server 5 runs operations with graphql-js and has no `executor` option; its `gateway`
 * option is the way in for another executor (apollo-server#7981, graphql-jit#219). This
 * "gateway" serves one fixed schema: Apollo still parses, validates (with its caches) and runs
 * every plugin hook around execution; only `execute` is graphql-jit's.
 */
export function jitGateway(schema: GraphQLSchema, cacheSize = DEFAULT_CACHE_SIZE): Gateway {
  const operations = new CompiledOperations(schema, cacheSize);
  const listeners = new Set<Parameters<Gateway['onSchemaLoadOrUpdate']>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      // Apollo expects the schema to be announced by the time load() resolves.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return {
        executor: (request) => operations.execute(request.queryHash, request.document, request.operationName, request.request.variables, request.context),
      };
    },
    async stop() {
      listeners.clear();
    },
  };
}

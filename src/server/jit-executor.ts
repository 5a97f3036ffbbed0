import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../features/common/request-context';
import { LruMap } from '../shared/lru';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];

/** Compiled operations kept; past it the least recently used is dropped. */
const DEFAULT_CACHE_SIZE = 500;

/**
 * graphql-jit's compiled operations, one per (document, operation), in an LRU. Apollo hands
 * the same document object for the same query text (its document store), so the key is the
 * query's hash: a client repeating an operation compiles it once. An operation is compiled
 * once it has run `compileAfter` times (graphql-js runs it until then): compiling costs more
 * than executing once, so a client sending ever-new operations never makes the server compile.
 */
export class CompiledOperations {
  private readonly compiled: LruMap<string, CompiledQuery>;
  /** Executions so far of operations not yet compiled, by key. */
  private readonly runs: LruMap<string, number>;

  constructor(
    private readonly schema: GraphQLSchema,
    maxSize = DEFAULT_CACHE_SIZE,
    private readonly compileAfter = 1,
  ) {
    this.compiled = new LruMap(maxSize);
    this.runs = new LruMap(maxSize * 4);
  }

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
    if (compiled === null) return execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue: context });
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

  /** The compiled operation, or null while it has run fewer than `compileAfter` times. */
  private compile(key: string, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | ExecutionResult | null {
    const hit = this.compiled.get(key);
    if (hit) return hit;
    const runs = (this.runs.get(key) ?? 0) + 1;
    if (runs < this.compileAfter) {
      this.runs.set(key, runs);
      return null;
    }
    const compiled = compileQuery(this.schema, document, operationName ?? undefined);
    // An operation that does not compile (no such operation name) is answered, not kept.
    if (!isCompiledQuery(compiled)) return compiled;
    this.compiled.set(key, compiled);
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
export function jitGateway(schema: GraphQLSchema, compileAfter: number, cacheSize = DEFAULT_CACHE_SIZE): Gateway {
  const operations = new CompiledOperations(schema, cacheSize, compileAfter);
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
        // The operation name the client sent: Apollo's `operationName` is that of the operation it
        // resolved, null when it found none (an unknown name), which must fail here as it would in
        // graphql-js, not run the document's only operation.
        executor: (request) =>
          operations.execute(request.queryHash, request.document, request.request.operationName, request.request.variables, request.context),
      };
    },
    async stop() {
      listeners.clear();
    },
  };
}

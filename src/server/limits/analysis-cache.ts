import { parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { LruMap } from '../../shared/lru';
import { analyzeOperation, type OperationAnalysis } from './operation-analysis';

/** Analyses and parsed documents kept per schema; past it the least recently used go. */
const MAX_ENTRIES = 1000;

/**
 * Longer keys (query text with its variables) are not kept, so the caches hold at most
 * MAX_ENTRIES times this many characters each; such operations are analysed every time.
 */
const MAX_KEY_LENGTH = 16_384;

interface Caches {
  analyses: LruMap<string, OperationAnalysis>;
  documents: LruMap<string, DocumentNode>;
}

const bySchema = new WeakMap<GraphQLSchema, Caches>();

function caches(schema: GraphQLSchema): Caches {
  let found = bySchema.get(schema);
  if (!found) bySchema.set(schema, (found = { analyses: new LruMap(MAX_ENTRIES), documents: new LruMap(MAX_ENTRIES) }));
  return found;
}

/**
 * `analyzeOperation`, once per query text, operation and variables: most clients repeat a few
 * operations, and each request is analysed twice (the HTTP preflight, then the Apollo plugin,
 * on documents parsed apart). The operation is named by its place in the document, which both
 * parses share. Without the text (a persisted query Apollo has not filled in) it is analysed.
 */
export function analysisOf(
  schema: GraphQLSchema,
  text: string | undefined,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): OperationAnalysis {
  const key = text === undefined ? undefined : `${document.definitions.indexOf(operation)}\0${JSON.stringify(variables)}\0${text}`;
  if (key === undefined || key.length > MAX_KEY_LENGTH) return analyzeOperation(schema, document, operation, variables);
  const { analyses } = caches(schema);
  let analysis = analyses.get(key);
  if (!analysis) analyses.set(key, (analysis = Object.freeze(analyzeOperation(schema, document, operation, variables))));
  return analysis;
}

/** `parse` with these options, once per text (documents are never changed); throws as `parse` does. */
export function parsedOnce(schema: GraphQLSchema, text: string, maxTokens: number): DocumentNode {
  const key = `${maxTokens}\0${text}`;
  if (key.length > MAX_KEY_LENGTH) return parse(text, { noLocation: true, maxTokens });
  const { documents } = caches(schema);
  let document = documents.get(key);
  if (!document) documents.set(key, (document = parse(text, { noLocation: true, maxTokens })));
  return document;
}

import { GraphQLError } from 'graphql';
import type { QueryLimits } from '../../config';
import type { OperationAnalysis } from './operation-analysis';

/** Each limit, the analysis figure it bounds, its error code and its setting. */
const CHECKS = [
  {
    code: 'QUERY_TOO_DEEP',
    found: (a: OperationAnalysis) => a.depth,
    limit: (l: QueryLimits) => l.maxDepth,
    setting: 'MAX_QUERY_DEPTH',
    what: 'nests fields too deep',
  },
  {
    code: 'INTROSPECTION_TOO_DEEP',
    found: (a: OperationAnalysis) => a.introspectionDepth,
    limit: (l: QueryLimits) => l.maxIntrospectionDepth,
    setting: 'MAX_INTROSPECTION_DEPTH',
    what: 'nests type lists (fields, interfaces ...) too deep in introspection',
  },
  {
    code: 'TOO_MANY_ROOT_FIELDS',
    found: (a: OperationAnalysis) => a.rootFields,
    limit: (l: QueryLimits) => l.maxRootFields,
    setting: 'MAX_ROOT_FIELDS',
    what: 'asks too many root fields',
  },
  {
    code: 'TOO_MANY_ALIASES',
    found: (a: OperationAnalysis) => a.aliases,
    limit: (l: QueryLimits) => l.maxAliases,
    setting: 'MAX_ALIASES',
    what: 'uses too many aliases',
  },
  {
    code: 'TOO_MANY_DIRECTIVES',
    found: (a: OperationAnalysis) => a.directives,
    limit: (l: QueryLimits) => l.maxDirectives,
    setting: 'MAX_DIRECTIVES',
    what: 'uses too many directives',
  },
  {
    code: 'TOO_MANY_FIELDS',
    found: (a: OperationAnalysis) => a.fields,
    limit: (l: QueryLimits) => l.maxFields,
    setting: 'MAX_FIELDS',
    what: 'selects too many fields once its fragments are expanded',
  },
  {
    code: 'QUERY_TOO_COSTLY',
    found: (a: OperationAnalysis) => a.cost,
    limit: (l: QueryLimits) => l.maxCost,
    setting: 'MAX_QUERY_COST',
    what: 'would cost too much',
  },
] as const;

export type LimitCode = (typeof CHECKS)[number]['code'] | 'TOO_MANY_TOKENS' | 'OPERATION_NOT_SUPPORTED';
export const LIMIT_CODES: readonly LimitCode[] = [...CHECKS.map((c) => c.code), 'TOO_MANY_TOKENS', 'OPERATION_NOT_SUPPORTED'];

/** An operation refused before anything ran: HTTP 400, its own code, what was found and the limit. */
export class LimitExceededError extends GraphQLError {
  constructor(code: LimitCode, message: string, details: { found?: number; limit?: number; setting?: string } = {}) {
    super(message, { extensions: { code, ...details, http: { status: 400 } } });
  }
}

/** The first limit the operation breaks, as an error to send; null when it keeps them all. */
export function limitExceeded(a: OperationAnalysis, limits: QueryLimits): LimitExceededError | null {
  for (const c of CHECKS) {
    const found = c.found(a);
    const limit = c.limit(limits);
    // `!(found <= limit)` also refuses Infinity and NaN (nesting beyond any walk).
    if (!(found <= limit)) {
      const shown = Number.isFinite(found) ? found : 'beyond counting';
      return new LimitExceededError(
        c.code,
        `The operation ${c.what}: ${shown} against a limit of ${limit} (${c.setting}). Ask for less: smaller pages (\`first\`), fewer nested lists or aliases.`,
        {
          found: Number.isFinite(found) ? Math.round(found) : -1,
          limit,
          setting: c.setting,
        },
      );
    }
  }
  return null;
}

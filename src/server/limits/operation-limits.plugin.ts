import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { QueryLimits } from '../../config';
import type { RequestContext } from '../../features/common/request-context';
import { WeightedSemaphore } from '../../shared/semaphore';
import { LimitExceededError, limitExceeded } from './limit-exceeded';
import { analysisOf } from './analysis-cache';

/**
 * Refuses, before any resolver runs, an operation this schema cannot answer (a mutation or a
 * subscription: it has neither) or one over a limit, with HTTP 400 and the limit's own code;
 * an answered operation's estimated cost goes into `extensions.cost`. It runs on every
 * request, variables known, after Apollo's validation (which caches documents whatever the
 * variables, so a validation rule could not see `first: $n`). The HTTP layer runs the same
 * analysis before validation (preflight.ts); this one covers persisted queries too.
 *
 * Costly operations (COSTLY_QUERY_COST and over) take turns: those running at once in this
 * process may cost MAX_COST_IN_FLIGHT together, so that a flood of them leaves the event loop
 * and the store to everything else (cheap operations never wait); one that waits more than
 * half its deadline gets SERVICE_UNAVAILABLE (503, retryable). Their in-process steps run in
 * the costly lane (shared/turns.ts), one step per turn of the event loop.
 */
export function operationLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<RequestContext> {
  const inFlight = new WeightedSemaphore(limits.maxCostInFlight);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request, contextValue }) {
          if (!operation) return;
          if (!schema.getRootType(operation.operation)) {
            throw new LimitExceededError('OPERATION_NOT_SUPPORTED', `This API answers queries only: it has no ${operation.operation} type.`);
          }
          const analysis = analysisOf(schema, request.query, document, operation, request.variables ?? {});
          const error = limitExceeded(analysis, limits);
          if (error) throw error;
          contextValue.cost = { estimated: Math.round(analysis.cost), limit: limits.maxCost };
          if (analysis.cost >= limits.costlyQueryCost) {
            const { deadline } = contextValue;
            deadline.costly = true;
            contextValue.admission.release = await inFlight.acquire(
              analysis.cost,
              Math.floor(deadline.remainingMs / 2),
              () =>
                new GraphQLError(
                  `The server is busy with other costly operations (they may cost ${limits.maxCostInFlight} at once: MAX_COST_IN_FLIGHT); retry shortly, or ask for less.`,
                  { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } },
                ),
              deadline.signal,
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          contextValue.admission.release?.();
          if (response.body.kind !== 'single' || !contextValue.cost) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
        },
      };
    },
  };
}

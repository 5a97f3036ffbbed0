import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import type { RequestContext } from '../../features/common/request-context';
import { isUnexpectedError, markReported } from '../format-error';
import { observationOf } from './request-observation';

/**
 * Tells the request's observation what Apollo knows: the operation's name, the answered error
 * codes and the estimated cost (set by the operation-limits plugin, which runs before this one).
 * Unexpected errors are logged here, where the request's id is known, in full (the client
 * gets them masked).
 */
export function observabilityPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = observationOf(contextValue);
      if (!observation) return;
      observation.seenByApollo = true;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isUnexpectedError(error)) continue;
            logger.error({ reqId: observation.id, err: unwrapResolverError(error) }, 'Unexpected error while executing a GraphQL request');
            markReported(error);
          }
        },
        async willSendResponse({ response, request, operationName }) {
          observation.operationName = operationName ?? request.operationName ?? undefined;
          observation.cost = contextValue.cost;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          observation.errorCodes = errorCodes(errors);
        },
      };
    },
  };
}

export function errorCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  return (errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

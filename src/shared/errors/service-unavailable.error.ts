import { GraphQLError } from 'graphql';

export class ServiceUnavailableError extends GraphQLError {
  constructor(reason: string) {
    super(`The graph store is unavailable: ${reason}`, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}

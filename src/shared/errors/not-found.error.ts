import { GraphQLError } from 'graphql';

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

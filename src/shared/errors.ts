import { GraphQLError } from 'graphql';

/** Our client-facing errors: each has a fixed `extensions.code`. */

export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, reason: string) {
    super(`Invalid argument "${argumentName}": ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" was not found`, { extensions: { code: 'NOT_FOUND', id } });
  }
}

export class ServiceUnavailableError extends GraphQLError {
  constructor(reason: string) {
    super(`The graph store is unavailable: ${reason}`, { extensions: { code: 'SERVICE_UNAVAILABLE' } });
  }
}

/** A setting that cannot work: the message names the variable and the reason. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    reason: string,
  ) {
    super(`${setting}: ${reason}`);
    this.name = 'ConfigError';
  }
}

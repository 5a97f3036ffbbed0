import { GraphQLError } from 'graphql';

export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, reason: string) {
    super(`Invalid argument "${argumentName}": ${reason}`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName },
    });
  }
}

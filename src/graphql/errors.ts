import { GraphQLError } from 'graphql';

/** Stable error codes clients can branch on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;

/** An invalid argument: names the argument and says what was wrong. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argumentName}": ${message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName },
  });
}

/**
 * What a service refuses, in terms of the request that asked for it. The GraphQL layer maps
 * these to BAD_USER_INPUT and CONFLICT; a command-line caller prints them.
 */

/** A value the caller gave breaks a rule; `argumentName` says which (e.g. `input.from`). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(
    readonly argumentName: string,
    message: string,
    readonly problems?: string[],
  ) {
    super(message);
  }
}

/** The change would break a uniqueness rule (an id already taken). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

import { EDITOR_ROLE, type Caller } from '../auth';
import type { GraphQLContext } from './context';
import { forbidden, tooManyRequests, unauthenticated } from './errors';

/**
 * Every mutation starts here: a verified token with the editor role, within the caller's rate
 * limit, or nothing happens.
 */
export function requireEditor(context: GraphQLContext): Caller {
  const { auth } = context;
  if (auth.kind === 'anonymous') throw unauthenticated('mutations need a bearer token with the editor role');
  if (auth.kind === 'invalid') throw unauthenticated(auth.reason);
  if (!auth.caller.roles.includes(EDITOR_ROLE))
    throw forbidden(`the token's roles (${auth.caller.roles.join(', ') || 'none'}) do not include ${EDITOR_ROLE}`);
  const wait = context.mutationLimiter.take(auth.caller.subject);
  if (wait > 0) throw tooManyRequests(wait);
  return auth.caller;
}

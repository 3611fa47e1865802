import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { Config } from './config';

/**
 * Bearer-token authentication. Reads are public; mutations need a verified token whose `roles`
 * claim includes `editor`. Tokens are HS256 with a shared secret, or verified against a JWKS.
 */

export const EDITOR_ROLE = 'editor';

export interface Caller {
  subject: string;
  roles: string[];
}

/** What a request's Authorization header amounts to. */
export type Authentication = { kind: 'anonymous' } | { kind: 'invalid'; reason: string } | { kind: 'authenticated'; caller: Caller };

export type Authenticator = (authorization: string | undefined) => Promise<Authentication>;

export function createAuthenticator(auth: Config['auth']): Authenticator {
  const key = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : auth.secret ? new TextEncoder().encode(auth.secret) : null;
  return async (authorization) => {
    if (!authorization) return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) return { kind: 'invalid', reason: 'the Authorization header is not "Bearer <token>"' };
    if (!key) return { kind: 'invalid', reason: 'this server accepts no tokens (no AUTH_JWT_SECRET or AUTH_JWKS_URL)' };
    try {
      const options = {
        ...(auth.issuer ? { issuer: auth.issuer } : {}),
        ...(auth.audience ? { audience: auth.audience } : {}),
        ...(auth.jwksUrl ? {} : { algorithms: ['HS256'] }),
      };
      // Two calls because jwtVerify's overloads take either a key or a key resolver, not a union.
      const { payload } = typeof key === 'function' ? await jwtVerify(match[1], key, options) : await jwtVerify(match[1], key, options);
      return { kind: 'authenticated', caller: { subject: payload.sub ?? 'unknown', roles: rolesOf(payload) } };
    } catch (err) {
      return { kind: 'invalid', reason: `the token was not accepted (${(err as { code?: string }).code ?? 'invalid'})` };
    }
  };
}

function rolesOf(payload: JWTPayload): string[] {
  const roles = payload.roles;
  return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [];
}

/** Mints an HS256 token, for development (`npm run token`) and tests. */
export function mintToken(
  secret: string,
  subject: string,
  roles: string[],
  expiresIn = '12h',
  extra: Partial<Pick<Config['auth'], 'issuer' | 'audience'>> = {},
): Promise<string> {
  let jwt = new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime(expiresIn);
  if (extra.issuer) jwt = jwt.setIssuer(extra.issuer);
  if (extra.audience) jwt = jwt.setAudience(extra.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}

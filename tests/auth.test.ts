import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createAuthenticator, mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';

/** Token verification against a real JWKS endpoint (an identity provider on loopback) and HS256. */
let server: http.Server;
let jwksUrl: string;
let privateKey: KeyLike;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const signed = (claims: { aud?: string; exp?: string; roles?: string[] } = {}) =>
  new SignJWT({ roles: claims.roles ?? ['editor'] })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
    .setSubject('carol')
    .setIssuer('https://idp.test')
    .setAudience(claims.aud ?? 'college-kg')
    .setExpirationTime(claims.exp ?? '5m')
    .sign(privateKey);

describe('JWKS-verified tokens', () => {
  const authenticate = () => createAuthenticator({ secret: undefined, jwksUrl, issuer: 'https://idp.test', audience: 'college-kg' });

  it('accepts a token signed by a key of the JWKS, with its roles', async () => {
    expect(await authenticate()(`Bearer ${await signed()}`)).toEqual({
      kind: 'authenticated',
      caller: { subject: 'carol', roles: ['editor'] },
    });
  });

  it('refuses a wrong audience, an expired token, and an HS256 token', async () => {
    expect((await authenticate()(`Bearer ${await signed({ aud: 'someone-else' })}`)).kind).toBe('invalid');
    expect((await authenticate()(`Bearer ${await signed({ exp: '-1m' })}`)).kind).toBe('invalid');
    expect((await authenticate()(`Bearer ${await mintToken(DEV_JWT_SECRET, 'mallory', ['editor'])}`)).kind).toBe('invalid');
  });

  it('treats a missing header as anonymous and a malformed one as invalid', async () => {
    expect(await authenticate()(undefined)).toEqual({ kind: 'anonymous' });
    expect((await authenticate()('Basic dXNlcjpwYXNz')).kind).toBe('invalid');
  });
});

describe('HS256 tokens', () => {
  it('accepts the configured secret only, and reports no roles when the claim is missing', async () => {
    const authenticate = createAuthenticator({ secret: DEV_JWT_SECRET, jwksUrl: undefined, issuer: undefined, audience: undefined });
    expect(await authenticate(`Bearer ${await mintToken(DEV_JWT_SECRET, 'ann', ['editor', 'reader'])}`)).toEqual({
      kind: 'authenticated',
      caller: { subject: 'ann', roles: ['editor', 'reader'] },
    });
    expect((await authenticate(`Bearer ${await mintToken('another-secret-that-is-long-enough!!', 'eve', ['editor'])}`)).kind).toBe(
      'invalid',
    );
    expect(await authenticate(`Bearer ${await mintToken(DEV_JWT_SECRET, 'dan', [])}`)).toEqual({
      kind: 'authenticated',
      caller: { subject: 'dan', roles: [] },
    });
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/** The request headers a GraphQL client sends (Apollo's CSRF header included) and may read back. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'];
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];
/** Browsers cache a preflight answer this long (Chromium caps it at two hours). */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

/** True for an origin that one of the configured patterns (`*`, exact, or `scheme://host:*`) allows. */
export function originAllowed(patterns: readonly string[], origin: string): boolean {
  const candidate = origin.toLowerCase();
  return patterns.some((pattern) => {
    if (pattern === '*' || pattern === candidate) return true;
    if (!pattern.endsWith(':*')) return false;
    const base = pattern.slice(0, -2);
    return candidate === base || (candidate.startsWith(`${base}:`) && /^\d{1,5}$/.test(candidate.slice(base.length + 1)));
  });
}

/**
 * Cross-origin access to the API, answered by the `cors` middleware: preflights from allowed
 * origins get 204 with the allowed methods and headers; other origins get no allow headers, so
 * their browsers refuse to pass the response on. Resolves true when it has answered the request
 * itself (a preflight), false when the request goes on to the API.
 */
export function createCorsHandler(patterns: readonly string[]): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const middleware = cors({
    origin: patterns.includes('*') ? '*' : (origin, callback) => callback(null, origin !== undefined && originAllowed(patterns, origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
  return (req, res) =>
    new Promise<boolean>((resolve, reject) => {
      res.once('finish', () => resolve(true));
      middleware(req, res, (err?: unknown) => (err ? reject(err) : resolve(res.writableEnded)));
    });
}

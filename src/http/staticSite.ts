import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ttf']);

interface StaticFile {
  body: Buffer;
  gzipped: Buffer | undefined;
  contentType: string;
  etag: string;
  /** Build output under assets/ has a content hash in its name, so browsers may keep it forever. */
  immutable: boolean;
}

/** Pages a path maps to: the console at /graphiql, the explorer everywhere else it is asked for HTML. */
const PAGE_ROUTES: Record<string, string> = { '/': 'index.html', '/graphiql': 'graphiql.html' };

export interface StaticSite {
  /** Answers the request and returns true when it is for the site; false leaves it to the caller. */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): boolean;
}

function readTree(root: string, dir = root): [string, StaticFile][] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, StaticFile][] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return readTree(root, full);
    if (entry.name.startsWith('.')) return [];
    const ext = path.extname(entry.name);
    const body = fs.readFileSync(full);
    const relative = path.relative(root, full).split(path.sep).join('/');
    return [
      [
        relative,
        {
          body,
          gzipped: COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : undefined,
          contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
          immutable: relative.startsWith('assets/'),
        },
      ],
    ];
  });
}

/** A browser navigating to a page (rather than a script fetching data). */
export function prefersHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * The built explorer (web/dist), held in memory: a few megabytes, read once at start-up, served
 * gzipped where the browser accepts it and revalidated by ETag. Unknown paths that a browser asks
 * for as a page get the explorer, whose own router shows them (or its not-found view).
 */
export function loadStaticSite(dir: string): StaticSite | undefined {
  if (!fs.existsSync(path.join(dir, 'index.html'))) return undefined;
  const files = new Map(readTree(dir));
  return {
    handle(req, res, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      // A map lookup, never a file-system path: nothing outside the build can be named.
      const file =
        files.get(PAGE_ROUTES[pathname] ?? pathname.slice(1)) ??
        (!path.extname(pathname) && prefersHtml(req) ? files.get('index.html') : undefined);
      if (!file) return false;
      res.setHeader('content-type', file.contentType);
      res.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('etag', file.etag);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('vary', 'accept-encoding');
      if (req.headers['if-none-match'] === file.etag) {
        res.writeHead(304).end();
        return true;
      }
      const gzip = file.gzipped && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? file.gzipped! : file.body;
      if (gzip) res.setHeader('content-encoding', 'gzip');
      res.setHeader('content-length', body.length);
      res.writeHead(200);
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}

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
/** Served compressed: text formats (and fonts), above the size where gzip pays for its header. */
export const COMPRESSIBLE_EXTENSIONS = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.ttf']);
export const COMPRESSIBLE_MIN_BYTES = 1024;
/** The build writes a gzipped copy of each compressible file under the file's name plus this. */
export const GZIP_SUFFIX = '.gz';

/**
 * Files up to this size are held in memory. Larger ones (the console's editor, the chart and graph
 * libraries: 7.7 of the build's 7.9 MB) are read from disk when asked for, already gzipped by the
 * build, so that they do not sit in every service's memory (docs/benchmarks.md, memory).
 */
const IN_MEMORY_MAX_BYTES = 64 * 1024;

/** A body held in memory, or a file read per request. */
type Body = { bytes: Buffer } | { file: string; size: number };

interface StaticFile {
  body: Body;
  gzipped: Body | undefined;
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

/** The file's SHA-256, read in small pieces so that a large file is never whole in memory. */
function digestOf(file: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(64 * 1024);
  const fd = fs.openSync(file, 'r');
  try {
    for (let read; (read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0;) hash.update(chunk.subarray(0, read));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('base64url');
}

const held = (file: string, size: number): Body => (size <= IN_MEMORY_MAX_BYTES ? { bytes: fs.readFileSync(file) } : { file, size });

/** The compressed form: the build's `.gz` copy, or (a build made without them) gzipped now if small. */
function gzippedForm(file: string, size: number): Body | undefined {
  if (!COMPRESSIBLE_EXTENSIONS.has(path.extname(file)) || size <= COMPRESSIBLE_MIN_BYTES) return undefined;
  const copy = file + GZIP_SUFFIX;
  if (fs.existsSync(copy)) return held(copy, fs.statSync(copy).size);
  return size <= IN_MEMORY_MAX_BYTES ? { bytes: gzipSync(fs.readFileSync(file)) } : undefined;
}

function readTree(root: string, dir = root): [string, StaticFile][] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, StaticFile][] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return readTree(root, full);
    // Compressed copies are served as the content encoding of their original, not by name.
    if (entry.name.startsWith('.') || entry.name.endsWith(GZIP_SUFFIX)) return [];
    const size = fs.statSync(full).size;
    const relative = path.relative(root, full).split(path.sep).join('/');
    return [
      [
        relative,
        {
          body: held(full, size),
          gzipped: gzippedForm(full, size),
          contentType: CONTENT_TYPES[path.extname(entry.name)] ?? 'application/octet-stream',
          etag: `"${digestOf(full).slice(0, 27)}"`,
          immutable: relative.startsWith('assets/'),
        },
      ],
    ];
  });
}

const sizeOf = (body: Body) => ('bytes' in body ? body.bytes.length : body.size);

function send(req: IncomingMessage, res: ServerResponse, body: Body): void {
  res.setHeader('content-length', sizeOf(body));
  res.writeHead(200);
  if (req.method === 'HEAD') res.end();
  else if ('bytes' in body) res.end(body.bytes);
  // A file gone since start-up (the build replaced) ends the response short; the client retries.
  else
    fs.createReadStream(body.file)
      .once('error', () => res.destroy())
      .pipe(res);
}

/** A browser navigating to a page (rather than a script fetching data). */
export function prefersHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * The built explorer (web/dist): its small files held in memory, the large ones read from disk,
 * served gzipped where the browser accepts it and revalidated by ETag. Unknown paths that a browser asks
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
      if (gzip) res.setHeader('content-encoding', 'gzip');
      send(req, res, gzip ? file.gzipped! : file.body);
      return true;
    },
  };
}

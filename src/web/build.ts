import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../config';
import { COMPRESSIBLE_EXTENSIONS, COMPRESSIBLE_MIN_BYTES, GZIP_SUFFIX } from '../http/staticSite';

/**
 * The two things `npm run build` produces, each stamped with a digest of everything it was built
 * from, so that `npm start` and `npm test` rebuild exactly when a source changed.
 */
export interface BuildTarget {
  name: string;
  /** Files and folders the build reads. */
  inputs: string[];
  /** A file that exists once the build has run. */
  output: string;
  stamp: string;
}

/** The explorer's sources and its build output (served at / and /graphiql). */
export const WEB_ROOT = path.join(PROJECT_ROOT, 'web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');
/** The service compiled to JavaScript (what `npm start` and the container run). */
export const SERVER_DIST = path.join(PROJECT_ROOT, 'dist');

const fromRoot = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);

export const EXPLORER_BUILD: BuildTarget = {
  name: 'explorer (web/dist)',
  inputs: [WEB_ROOT, fromRoot('package-lock.json')],
  output: path.join(WEB_DIST, 'index.html'),
  stamp: path.join(WEB_DIST, '.build-stamp'),
};

export const SERVER_BUILD: BuildTarget = {
  name: 'service (dist)',
  inputs: [fromRoot('src'), fromRoot('tsconfig.json'), fromRoot('tsconfig.build.json'), fromRoot('package-lock.json')],
  output: path.join(SERVER_DIST, 'main.js'),
  stamp: path.join(SERVER_DIST, '.build-stamp'),
};

function listFiles(entry: string): string[] {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry, { withFileTypes: true }).flatMap((child) => {
    if (child.isDirectory() && (child.name === 'dist' || child.name === 'node_modules')) return [];
    return listFiles(path.join(entry, child.name));
  });
}

/** A digest of every input's path and bytes. */
export function sourceDigest(target: BuildTarget): string {
  const hash = createHash('sha256');
  for (const file of target.inputs.flatMap(listFiles).sort()) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** 'missing', 'stale' or 'fresh': whether the output was built from the inputs as they are now. */
export function buildState(target: BuildTarget): 'missing' | 'stale' | 'fresh' {
  if (!fs.existsSync(target.output)) return 'missing';
  const stamp = fs.existsSync(target.stamp) ? fs.readFileSync(target.stamp, 'utf8').trim() : '';
  return stamp === sourceDigest(target) ? 'fresh' : 'stale';
}

export function writeBuildStamp(target: BuildTarget): void {
  fs.writeFileSync(target.stamp, `${sourceDigest(target)}\n`);
}

/**
 * What a browser downloads to show the landing page: the entry script and every chunk it
 * preloads, gzipped. Chunks loaded on demand (graph, charts, console) are not counted.
 */
export function landingPageScriptBytes(): { files: string[]; gzipBytes: number } {
  const html = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const gzipBytes = files.reduce((sum, file) => sum + gzipSync(fs.readFileSync(path.join(WEB_DIST, file))).length, 0);
  return { files, gzipBytes };
}

/**
 * Writes `name.gz` beside every compressible file of the built explorer, so that the service
 * serves the large ones from disk already compressed instead of holding both forms in memory
 * (src/http/staticSite.ts). Returns how many it wrote.
 */
export function writeGzippedCopies(dir = WEB_DIST): number {
  let written = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const ext = path.extname(entry.name);
    if (!entry.isFile() || !COMPRESSIBLE_EXTENSIONS.has(ext)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = fs.readFileSync(file);
    if (body.length <= COMPRESSIBLE_MIN_BYTES) continue;
    fs.writeFileSync(file + GZIP_SUFFIX, gzipSync(body, { level: 9 }));
    written++;
  }
  return written;
}

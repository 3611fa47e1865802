import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../config';

/** The explorer's sources and its build output (served at / and /graphiql). */
export const WEB_ROOT = path.join(PROJECT_ROOT, 'web');
export const WEB_DIST = path.join(WEB_ROOT, 'dist');
const STAMP_FILE = path.join(WEB_DIST, '.build-stamp');

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : listFiles(full);
    return [full];
  });
}

/** A digest of everything the build reads: the web sources and the locked dependency versions. */
export function webSourceDigest(): string {
  const hash = createHash('sha256');
  const inputs = [...listFiles(WEB_ROOT), path.join(PROJECT_ROOT, 'package-lock.json')].sort();
  for (const file of inputs) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** 'missing', 'stale' or 'fresh': whether web/dist was built from the sources as they are now. */
export function webBuildState(): 'missing' | 'stale' | 'fresh' {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) return 'missing';
  const stamp = fs.existsSync(STAMP_FILE) ? fs.readFileSync(STAMP_FILE, 'utf8').trim() : '';
  return stamp === webSourceDigest() ? 'fresh' : 'stale';
}

export function writeBuildStamp(): void {
  fs.writeFileSync(STAMP_FILE, `${webSourceDigest()}\n`);
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

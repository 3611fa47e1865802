import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_DIR } from './testEnv';

/** A throw-away copy of seed/ that a test may corrupt. */
export function copySeed(): { dir: string; report: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-'));
  fs.cpSync(SEED_DIR, dir, { recursive: true });
  return {
    dir,
    report: path.join(dir, 'reports', '2020-s1'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Writes one extra section file into the copied report folder. */
export function addSectionFile(reportDir: string, name: string, yaml: string): string {
  const file = path.join(reportDir, name);
  fs.writeFileSync(file, yaml);
  return file;
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import {
  buildState,
  EXPLORER_BUILD,
  landingPageScriptBytes,
  SERVER_BUILD,
  SERVER_DIST,
  WEB_ROOT,
  writeBuildStamp,
  writeGzippedCopies,
  type BuildTarget,
} from '../web/build';
import { parseCommandLine } from './args';

const USAGE = `Usage: npm run build [-- --if-stale]

Compiles the service to JavaScript (dist/, what npm start and the container run) and builds the
explorer and the GraphQL console (web/ into web/dist).
  --if-stale   build each only when its output is missing or older than its sources
  --help       show this text`;

const tool = (pkg: string, bin: string) => path.join(PROJECT_ROOT, 'node_modules', pkg, 'bin', bin);

const STEPS: { target: BuildTarget; prepare?: () => void; args: string[]; after?: () => string }[] = [
  {
    target: SERVER_BUILD,
    // A clean folder, so a deleted source leaves no stale module behind.
    prepare: () => fs.rmSync(SERVER_DIST, { recursive: true, force: true }),
    args: [tool('typescript', 'tsc'), '-p', path.join(PROJECT_ROOT, 'tsconfig.build.json')],
  },
  {
    target: EXPLORER_BUILD,
    args: [tool('vite', 'vite.js'), 'build', '--config', path.join(WEB_ROOT, 'vite.config.ts')],
    after: () => {
      writeGzippedCopies();
      const landing = landingPageScriptBytes();
      return `Landing page JavaScript: ${(landing.gzipBytes / 1024).toFixed(1)} KB gzipped (${landing.files.length} files)`;
    },
  },
];

function main(): number {
  const { values } = parseCommandLine(USAGE, { 'if-stale': { type: 'boolean' } }, { min: 0, max: 0 });
  for (const { target, prepare, args, after } of STEPS) {
    const state = buildState(target);
    if (values['if-stale'] && state === 'fresh') continue;
    console.log(state === 'fresh' ? `Building the ${target.name}…` : `The ${target.name} build is ${state}: building it…`);
    const started = Date.now();
    prepare?.();
    const result = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`Building the ${target.name} failed (see above).`);
      return result.status ?? 1;
    }
    writeBuildStamp(target);
    console.log(`Built the ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)} s. ${after?.() ?? ''}`.trim());
  }
  return 0;
}

process.exitCode = main();

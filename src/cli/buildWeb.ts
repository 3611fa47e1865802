import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { landingPageScriptBytes, webBuildState, writeBuildStamp, WEB_ROOT } from '../web/build';

const USAGE = `Usage: npm run build [-- --if-stale]

Builds the explorer and the GraphQL console (web/) into web/dist.
  --if-stale   build only when web/dist is missing or older than its sources
  --help       show this text`;

function main(): number {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a !== '--if-stale');
  if (unknown.length > 0) {
    console.error(`Unknown argument: ${unknown.join(' ')}\n\n${USAGE}`);
    return 2;
  }
  const state = webBuildState();
  if (args.includes('--if-stale') && state === 'fresh') return 0;
  console.log(state === 'fresh' ? 'Building the explorer (web/dist)…' : `The explorer build is ${state}: building web/dist…`);
  const vite = path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(WEB_ROOT, 'vite.config.ts')], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('The explorer build failed (see above).');
    return result.status ?? 1;
  }
  writeBuildStamp();
  const landing = landingPageScriptBytes();
  console.log(`Landing page JavaScript: ${(landing.gzipBytes / 1024).toFixed(1)} KB gzipped (${landing.files.length} files)`);
  return 0;
}

process.exitCode = main();

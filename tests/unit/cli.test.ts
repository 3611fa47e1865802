import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config';

/** The commands parse their arguments strictly, before they touch a database. */
const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // No database is reachable here: a command that tried one would fail differently.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused-password' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

it.each([
  ['export', ['--bogus', 'x'], /Unknown option '--bogus'/],
  ['import', [], /Missing argument/],
  ['import', ['a', 'b'], /Unexpected argument: b/],
  ['seed', ['--force-everything'], /Unknown option '--force-everything'/],
  ['seed', ['--force=yes'], /Option '--force' does not take an argument/],
  ['seed', ['--force', 'seed'], /Unexpected argument: seed/],
  ['import', ['--force'], /Missing argument/],
  ['token', ['--role'], /'--role <value>' argument missing/],
])('%s %j is refused with exit 2, what was wrong and the usage', (script, args, problem) => {
  const { code, err } = run(script, args);
  expect(code).toBe(2);
  expect(err).toMatch(problem);
  expect(err).toMatch(new RegExp(`Usage: npm run ${script}`));
});

it.each(['export', 'import', 'seed', 'token'])('%s --help prints its usage and exits 0', (script) => {
  const { code, out } = run(script, ['--help']);
  expect(code).toBe(0);
  expect(out).toMatch(new RegExp(`^Usage: npm run ${script}`));
});

it.each([
  ['seed', /^ {2}--force +write the dataset over those too/m],
  ['import', /^ {2}--force +write the dataset over those too/m],
])('%s --help documents --force', (script, line) => {
  const { code, out } = run(script, ['--help']);
  expect(code).toBe(0);
  expect(out).toMatch(line);
});

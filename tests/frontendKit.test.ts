import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { PROJECT_ROOT } from '../src/config';
import { clearGraph, openTestDatabase, quietLog, testConfig } from './support/testEnv';

/**
 * docs/frontend.md's kit, as a front-end developer uses it: the codegen config in
 * examples/frontend generates typed documents and a manifest from the printed schema, the sample
 * code type-checks against them, and a server that trusts only that manifest answers them.
 */
const FRONTEND = path.join(PROJECT_ROOT, 'examples', 'frontend');
const GENERATED = path.join(FRONTEND, 'src', 'gql');
let app: RunningApp | undefined;

beforeAll(async () => {
  fs.rmSync(GENERATED, { recursive: true, force: true });
  // As the developer runs it: `graphql-codegen --config codegen.ts` in the front end's folder.
  const codegen = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js'), '--config', 'codegen.ts'],
    {
      cwd: FRONTEND,
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  if (codegen.status !== 0) throw new Error(`codegen failed: ${codegen.stdout}${codegen.stderr}`);
});
afterAll(async () => {
  await app?.stop();
});

it('generates typed documents and a manifest of them', () => {
  expect(fs.readFileSync(path.join(GENERATED, 'graphql.ts'), 'utf8')).toMatch(/export type WhoWonQuery = /);
  const manifest = JSON.parse(fs.readFileSync(path.join(GENERATED, 'persisted-documents.json'), 'utf8'));
  expect(Object.values(manifest)).toEqual([expect.stringMatching(/^query WhoWon\(\$competition: String!\)/)]);
});

it('type-checks the sample front end against what it generated', () => {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', FRONTEND], { encoding: 'utf8', timeout: 120_000 });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
});

it('runs the documents by hash on a server that trusts only their manifest', async () => {
  const db = await openTestDatabase();
  await clearGraph(db);
  await db.close();
  app = await startApp(
    testConfig({
      TRUSTED_DOCUMENTS_ONLY: 'true',
      TRUSTED_DOCUMENTS: path.relative(PROJECT_ROOT, path.join(GENERATED, 'persisted-documents.json')),
    }),
    quietLog,
  );
  // Loaded only now: the module imports code that the codegen step above wrote.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { winners } = require(path.join(FRONTEND, 'src', 'whoWon.ts')) as {
    winners: (endpoint: string, competition: string) => Promise<string[]>;
  };
  expect((await winners(app.url, '中华人民共和国第一届职业技能大赛')).sort()).toEqual(
    ['杨珍华: 银牌 (商品展示技术)', '陈滢: 优胜奖 (3D数字游戏艺术)', '陈滢: 全国第六名 (3D数字游戏艺术)', '杨珍华: 全国技术能手'].sort(),
  );
});

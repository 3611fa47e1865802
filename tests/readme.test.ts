import fs from 'node:fs';
import path from 'node:path';
import type { RunningApp } from '../src/app';
import { PROJECT_ROOT } from '../src/config';
import { postGraphQL, startTestApp } from './support/app';

/** README opens with a query and "its real answer": this keeps the answer real. */
const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const firstBlock = (language: string) => {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(readme);
  if (!match?.[1]) throw new Error(`README has no ${language} block`);
  return match[1];
};

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

it("README's opening example returns exactly the answer README shows", async () => {
  const { body } = await postGraphQL(app.url, firstBlock('graphql'));
  expect(body).toEqual(JSON.parse(firstBlock('json')));
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, type RunningApp } from '../src/app';
import { PROJECT_ROOT } from '../src/config';
import { clearGraph, openTestDatabase, quietLog, testConfig } from './support/testEnv';

/**
 * Trusted documents: the explorer's operations, compiled into a manifest by the client preset,
 * run by hash alone; with TRUSTED_DOCUMENTS_ONLY nothing else runs.
 */
const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'web/src/gql/persisted-documents.json'), 'utf8')) as Record<
  string,
  string
>;
const [trustedKey, trustedDocument] = Object.entries(manifest).find(([, doc]) => /graphSummary/.test(doc))!;
const trustedHash = trustedKey.replace('sha256:', '');
const untrusted = '{ graphSummary { entityCount } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const post = async (url: string, body: unknown) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return {
    status: response.status,
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] },
  };
};
const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

let open: RunningApp;
let trustedOnly: RunningApp;
beforeAll(async () => {
  const db = await openTestDatabase();
  await clearGraph(db);
  await db.close();
  open = await startApp(testConfig(), quietLog);
  trustedOnly = await startApp(testConfig({ TRUSTED_DOCUMENTS_ONLY: 'true', SEED_ON_START: 'false' }), quietLog);
});
afterAll(async () => {
  await open?.stop();
  await trustedOnly?.stop();
});

describe('the manifest', () => {
  it('holds each document under the SHA-256 of its text, as the server checks it', () => {
    expect(Object.keys(manifest).length).toBeGreaterThan(0);
    for (const [key, document] of Object.entries(manifest)) expect(key).toBe(`sha256:${sha256(document)}`);
  });
});

describe('by default', () => {
  it('runs a trusted document named by its hash alone', async () => {
    const { status, body } = await post(open.url, byHash(trustedHash));
    expect(status).toBe(200);
    expect(body.data!.graphSummary.entityCount).toBeGreaterThan(300);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash, then accepts the document once sent (APQ)', async () => {
    const hash = sha256(untrusted);
    expect((await post(open.url, byHash(hash))).body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(open.url, { query: untrusted, ...byHash(hash) })).status).toBe(200);
    expect((await post(open.url, byHash(hash))).body.data!.graphSummary.entityCount).toBeGreaterThan(300);
  });

  it('still runs documents sent as text', async () => {
    expect((await post(open.url, { query: untrusted })).body.data!.graphSummary.entityCount).toBeGreaterThan(300);
  });
});

describe('with TRUSTED_DOCUMENTS_ONLY', () => {
  it("runs the manifest's documents, by hash or as their exact text", async () => {
    expect((await post(trustedOnly.url, byHash(trustedHash))).body.data!.graphSummary.entityCount).toBeGreaterThan(300);
    expect((await post(trustedOnly.url, { query: trustedDocument })).body.data!.graphSummary.entityCount).toBeGreaterThan(300);
  });

  it('refuses any other document with 400 PERSISTED_QUERY_NOT_IN_LIST before it runs', async () => {
    const refused = await post(trustedOnly.url, { query: untrusted });
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(refused.body.errors![0]!.message).toMatch(/trusted documents/);
  });

  it('cannot be taught new documents through automatic persisted queries', async () => {
    const hash = sha256(untrusted);
    expect((await post(trustedOnly.url, { query: untrusted, ...byHash(hash) })).status).toBe(400);
    expect((await post(trustedOnly.url, byHash(hash))).body.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

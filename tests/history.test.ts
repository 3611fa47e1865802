import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';
import { startApp, type RunningApp } from '../src/app';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import type { Executor } from '../src/neo4j/executor';
import { loadDataset, readDatasetFiles } from '../src/seed/dataset';
import { clearGraph, openTestDatabase, quietLog, SEED_DIR, testConfig } from './support/testEnv';

/**
 * Many reports over time: the fixture report/2020-s2 (tests/fixtures, fictional) imported beside
 * the real report/2020-s1 through the importDataset mutation. Repeated facts gain a source,
 * a contradiction becomes a competing claim with ranks, an ended role gets its validity.
 * Everything expected is derived from the two datasets' YAML, not written down here.
 */
const FIXTURE_DIR = path.resolve(__dirname, 'fixtures');
const FIXTURE_REPORT = 'report/2020-s2';
const REAL_REPORT = 'report/2020-s1';

let app: RunningApp;
let db: Executor;
let editor: string;
const seed = loadDataset(SEED_DIR);
const fixture = loadDataset(FIXTURE_DIR);
const seedFacts = new Map(seed.facts.map((f) => [f.id, f]));
const seedEntities = new Set(seed.entities.map((e) => e.id));

/** The fixture's entries as its YAML states them, read again here rather than through the loader's merge. */
const fixtureYaml = fs
  .readdirSync(path.join(FIXTURE_DIR, 'reports/2020-s2'))
  .filter((name) => name.endsWith('.yaml') && name !== 'report.yaml')
  .map(
    (name) => YAML.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'reports/2020-s2', name), 'utf8')) as { facts?: any[]; entities?: any[] },
  );
const yamlFacts = fixtureYaml.flatMap((file) => file.facts ?? []);
const repeatedFacts = yamlFacts.filter((f) => seedFacts.has(f.id) && (f.sources ?? []).length > 0);
const endedFacts = yamlFacts.filter((f) => (f.ended ?? []).length > 0);
const contradictions = yamlFacts.filter((f) => f.contradicts);

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}
async function data(query: string, variables: Record<string, unknown> = {}) {
  const body = await gql(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const FACT_FIELDS =
  'id type role statedIn rank contradicts competing validFrom validUntil current sources { report quote } ended { report quote }';
async function fact(id: string) {
  const page = await data(
    `query($from: ID!, $types: [RelationType!]) { facts(filter: { from: $from, types: $types }, first: 100) { edges { node { ${FACT_FIELDS} } } } }`,
    { from: factFrom(id), types: [factType(id)] },
  );
  return page.facts.edges.map((e: any) => e.node).find((n: any) => n.id === id);
}
const allFacts = new Map([...seed.facts, ...fixture.facts].map((f) => [f.id, f]));
const factFrom = (id: string) => allFacts.get(id)!.from;
const factType = (id: string) => allFacts.get(id)!.type;

function datasetFiles(dir: string) {
  return readDatasetFiles(dir).map((f) => ({ path: f.path, content: f.content.toString('utf8') }));
}
const IMPORT = `mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports entities { created updated unchanged } facts { created updated unchanged } } }`;

/**
 * Read operations whose answers as of report/2020-s1 must equal the graph's before the import:
 * each is run once before importing (no asOf) and again after (asOf the first report).
 */
const RELATION_FIELDS = `id type direction role statedIn rank competing validFrom validUntil current sources { report quote } ended { report quote } other { id name sources { report } }`;
const SNAPSHOT_QUERIES: [string, Record<string, unknown>][] = [
  ...['person/rong-luning', 'person/fu-xian', 'org/college', 'person/yang-zhenhua', 'project/online-skills-training-for-enterprises'].map(
    (id): [string, Record<string, unknown>] => [
      `query($id: ID!, $asOf: String) { entity(id: $id, asOf: $asOf) { id name sources { report quote } relations(first: 100) { ${RELATION_FIELDS} } } }`,
      { id },
    ],
  ),
  ['query($asOf: String) { entitiesByName(name: "荣鲁宁", asOf: $asOf) { id sources { report } } }', {}],
  ['query($asOf: String) { node(id: "person/fu-xian", asOf: $asOf) { id ... on Person { roles { id current } } } }', {}],
  ['query($asOf: String) { node(id: "report/2020-s2", asOf: $asOf) { id } }', {}],
  ['query($asOf: String) { entitiesByName(name: "周明轩", asOf: $asOf) { id } }', {}],
  ['query($asOf: String) { entities(kind: AWARD, first: 100, asOf: $asOf) { totalCount edges { node { id } } } }', {}],
  ['query($asOf: String) { entities(kind: METRIC, first: 100, asOf: $asOf) { totalCount } }', {}],
  [
    `query($asOf: String) { facts(filter: { types: [HELD_ROLE] }, first: 100, asOf: $asOf) { totalCount edges { node { id role rank statedIn validUntil current from { id } to { id } sources { report quote } } } } }`,
    {},
  ],
  [
    `query($asOf: String) { facts(filter: { from: "org/college" }, first: 100, asOf: $asOf) { totalCount edges { node { id statedIn } } } }`,
    {},
  ],
  // The parts' facts too (the fixture's competing claim is held at a part of the procuratorate).
  [
    `query($asOf: String) { entity(id: "org/ningbo-procuratorate", asOf: $asOf) { relations(includeParts: true, first: 100) { viaPart ${RELATION_FIELDS} } } }`,
    {},
  ],
  ['query($asOf: String) { partnerships(asOf: $asOf, includeParts: true, first: 100) { id viaPart sources { report } other { id } } }', {}],
  // Parallel facts are one path, shown with the smallest id: the fixture's new claim would win.
  [
    `query($asOf: String) { connections(from: "person/rong-luning", to: "org/college", maxHops: 4, first: 20, asOf: $asOf) {
      length nodes { id sources { report } } edges { id source target sources { report quote } } } }`,
    {},
  ],
  [
    `query($asOf: String) { connections(from: "person/rong-luning", to: "group/ningbo-procuratorate-fourth-department", asOf: $asOf) {
      length edges { id role sources { report } } } }`,
    {},
  ],
  ...['person/rong-luning', 'org/college'].map((id): [string, Record<string, unknown>] => [
    `query($id: ID!, $asOf: String) { neighbourhood(id: $id, hops: 2, maxNodes: 300, asOf: $asOf) {
      truncated nodes { id sources { report } relations(first: 10) { id } } edges { id source target sources { report quote } } } }`,
    { id },
  ]),
  ['query($asOf: String) { reports(asOf: $asOf) { id semester } }', {}],
  ['query($asOf: String) { report(id: "report/2020-s2", asOf: $asOf) { id } }', {}],
  ...['LEVEL', 'SECTION', 'RECIPIENT_KIND', 'YEAR'].map((groupBy): [string, Record<string, unknown>] => [
    `query($groupBy: AwardDimension!, $asOf: String) { awardStatistics(groupBy: $groupBy, awardsPerBucket: 100, asOf: $asOf) {
      key awardCount resultCount awards { id sources { report } relations(first: 10) { id } } } }`,
    { groupBy },
  ]),
  [
    `query($asOf: String) { topRecipients(first: 50, asOf: $asOf) { awardCount resultCount entity { id sources { report } relations(first: 100) { id } } awards { id } } }`,
    {},
  ],
];
let before: unknown[];

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  // The empty database is seeded with the real report at start-up (SEED_ON_START).
  app = await startApp(testConfig(), quietLog);
  editor = await mintToken(DEV_JWT_SECRET, 'curator-history', ['editor']);
  before = [];
  for (const [query, variables] of SNAPSHOT_QUERIES) before.push(await data(query, variables));
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
});

describe('importing a second report beside the first', () => {
  let imported: any;
  beforeAll(async () => {
    imported = (await data(IMPORT, { files: datasetFiles(FIXTURE_DIR) })).importDataset;
  });

  it('the fixture repeats, contradicts and ends facts of the real report', () => {
    expect(repeatedFacts.length).toBeGreaterThanOrEqual(3);
    expect(endedFacts.length).toBeGreaterThanOrEqual(1);
    expect(contradictions.length).toBeGreaterThanOrEqual(1);
    expect(imported.reports).toEqual([FIXTURE_REPORT]);
  });

  it('adds a source of the later report to every repeated fact, nothing duplicated or lost', async () => {
    for (const repeated of repeatedFacts) {
      const stored = await fact(repeated.id);
      const before = seedFacts.get(repeated.id)!;
      expect(stored.statedIn).toEqual([REAL_REPORT, FIXTURE_REPORT]);
      expect(stored.sources.filter((s: any) => s.report === REAL_REPORT).map((s: any) => s.quote)).toEqual(
        before.sources.map((s) => s.quote),
      );
      expect(stored.sources.filter((s: any) => s.report === FIXTURE_REPORT).map((s: any) => s.quote)).toEqual(
        repeated.sources.map((s: any) => s.quote),
      );
      // Fields the later report leaves out are kept as the first stated them.
      expect(stored.role).toBe(before.role ?? null);
    }
  });

  it('adds a source to repeated entities rather than a second node', async () => {
    const repeated = fixture.entities.filter((e) => seedEntities.has(e.id));
    expect(repeated.length).toBeGreaterThan(5);
    for (const entity of repeated) {
      const { entity: stored } = await data('query($id: ID!) { entity(id: $id) { id sources { report quote } } }', { id: entity.id });
      const reports = [...new Set(stored.sources.map((s: any) => s.report))];
      expect(reports).toEqual([REAL_REPORT, FIXTURE_REPORT]);
    }
    const { entitiesByName } = await data('query { entitiesByName(name: "荣鲁宁") { id } }');
    expect(entitiesByName).toHaveLength(1);
  });

  it('keeps a contradiction as two competing claims, the later one preferred', async () => {
    for (const later of contradictions) {
      const earlier = seedFacts.get(later.contradicts)!;
      const [newClaim, oldClaim] = [await fact(later.id), await fact(earlier.id)];
      expect(newClaim).toMatchObject({ role: later.role, rank: 'PREFERRED', statedIn: [FIXTURE_REPORT], competing: [earlier.id] });
      expect(oldClaim).toMatchObject({ role: earlier.role, rank: 'NORMAL', statedIn: [REAL_REPORT], competing: [later.id] });
      expect(oldClaim.sources.map((s: any) => s.quote)).toEqual(earlier.sources.map((s) => s.quote));
    }
  });

  it('gives an ended role its validity from the reports: from the first stating it to the one stating it ended', async () => {
    for (const ended of endedFacts) {
      const stored = await fact(ended.id);
      expect(stored).toMatchObject({ validFrom: REAL_REPORT, validUntil: FIXTURE_REPORT, current: false });
      expect(stored.ended.map((s: any) => s.quote)).toEqual(ended.ended.map((s: any) => s.quote));
    }
    const unended = await fact(repeatedFacts[0].id);
    expect(unended).toMatchObject({ validFrom: REAL_REPORT, validUntil: null, current: true });
  });

  it('importing the same report again changes nothing, and re-seeding the first keeps the second', async () => {
    const again = (await data(IMPORT, { files: datasetFiles(FIXTURE_DIR) })).importDataset;
    expect(again.entities).toMatchObject({ created: 0, updated: 0 });
    expect(again.facts).toMatchObject({ created: 0, updated: 0 });
    const reseed = (await data(IMPORT, { files: datasetFiles(SEED_DIR) })).importDataset;
    expect(reseed.entities).toMatchObject({ created: 0, updated: 0 });
    expect(reseed.facts).toMatchObject({ created: 0, updated: 0 });
    expect((await fact(repeatedFacts[0].id)).statedIn).toEqual([REAL_REPORT, FIXTURE_REPORT]);
  });

  it('refuses a later report that restates a field differently under the same id, naming the field', async () => {
    const files = datasetFiles(FIXTURE_DIR).map((f) =>
      f.path.endsWith('02-hu.yaml') ? { ...f, content: f.content.replace('roleEn: Prosecutor', 'roleEn: Public Prosecutor') } : f,
    );
    const body = await gql(IMPORT, { files });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body.errors)).toContain("fact fact/s2-rong-luning-prosecutor-ningbo-procuratorate field 'roleEn'");
  });
});

describe('asOf', () => {
  beforeAll(async () => {
    await data(IMPORT, { files: datasetFiles(FIXTURE_DIR) });
  });

  it.each(['report/2020-s1', '2020-1'])('as of %s answers exactly as the graph did before the second report', async (asOf) => {
    const after: unknown[] = [];
    for (const [query, variables] of SNAPSHOT_QUERIES) after.push(await data(query, { ...variables, asOf }));
    expect(after).toEqual(before);
  });

  it('the fixture changes what each kind of these operations answers now, so that the comparison tells', async () => {
    const changed: string[] = [];
    for (const [i, [query, variables]] of SNAPSHOT_QUERIES.entries()) {
      if (!isDeepStrictEqual(await data(query, variables), before[i])) changed.push(query);
    }
    for (const field of [
      'entity(',
      'connections(',
      'neighbourhood(',
      'reports(',
      'report(',
      'awardStatistics(',
      'topRecipients(',
      'includeParts',
    ]) {
      expect([field, changed.some((query) => query.includes(field))]).toEqual([field, true]);
    }
  });

  it('as of report/2020-s2 shows the new state: new entities, both claims ranked, the role ended', async () => {
    const asOf = FIXTURE_REPORT;
    const newEntities = fixture.entities.filter((e) => !seedEntities.has(e.id));
    for (const entity of newEntities) {
      const { entity: found } = await data('query($id: ID!, $asOf: String) { entity(id: $id, asOf: $asOf) { id } }', {
        id: entity.id,
        asOf,
      });
      expect(found).toEqual({ id: entity.id });
      const { entity: earlier } = await data('query($id: ID!, $asOf: String) { entity(id: $id, asOf: $asOf) { id } }', {
        id: entity.id,
        asOf: REAL_REPORT,
      });
      expect(earlier).toBeNull();
    }
    const { entity } = await data(
      `query($asOf: String) { entity(id: "person/rong-luning", asOf: $asOf) { relations(first: 100) { ${RELATION_FIELDS} } } }`,
      { asOf },
    );
    for (const later of contradictions) {
      const byId = new Map(entity.relations.map((r: any) => [r.id, r]));
      expect(byId.get(later.id)).toMatchObject({ rank: 'PREFERRED' });
      expect(byId.get(later.contradicts)).toMatchObject({ rank: 'NORMAL' });
    }
    for (const ended of endedFacts) {
      const { entity: holder } = await data(
        `query($id: ID!, $asOf: String) { entity(id: $id, asOf: $asOf) { relations(first: 100) { ${RELATION_FIELDS} } } }`,
        {
          id: allFacts.get(ended.id)!.from,
          asOf,
        },
      );
      expect(holder.relations.find((r: any) => r.id === ended.id)).toMatchObject({ current: false, validUntil: FIXTURE_REPORT });
    }
  });

  it.each(['2020', 'report/2019-s9', 'report/', '2020-3', ''])('refuses asOf "%s" with BAD_USER_INPUT naming the value', async (asOf) => {
    for (const query of [
      'query($asOf: String) { entity(id: "org/college", asOf: $asOf) { id } }',
      'query($asOf: String) { facts(asOf: $asOf) { totalCount } }',
    ]) {
      const body = await gql(query, { asOf });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toContain(`"${asOf}"`);
    }
  });
});

describe('diff', () => {
  beforeAll(async () => {
    await data(IMPORT, { files: datasetFiles(FIXTURE_DIR) });
  });

  /** What the fixture's YAML adds, changes and ends, compared with the real report's dataset. */
  function expectedChanges() {
    const changes = new Map<string, { quotes: string[]; previous: string[] }>();
    for (const entity of fixture.entities.filter((e) => !seedEntities.has(e.id))) {
      changes.set(`${entity.id} ADDED`, { quotes: entity.sources.map((s) => s.quote), previous: [] });
    }
    for (const f of yamlFacts) {
      if (!seedFacts.has(f.id)) {
        const kind = f.contradicts ? 'CHANGED' : 'ADDED';
        changes.set(`${f.id} ${kind}`, { quotes: f.sources.map((s: any) => s.quote), previous: f.contradicts ? [f.contradicts] : [] });
      }
      if ((f.ended ?? []).length > 0) changes.set(`${f.id} ENDED`, { quotes: f.ended.map((s: any) => s.quote), previous: [] });
    }
    return changes;
  }

  const DIFF = `query($from: String!, $to: String!, $first: Int, $after: String) {
    diff(from: $from, to: $to, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { kind entry id entity { id } fact { id rank current } previous { id rank } quotes { report quote } } }
    }
  }`;

  it("lists exactly the fixture's added, changed and ended entities and facts, each with its quotes, page by page", async () => {
    const expected = expectedChanges();
    const seen: any[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const { diff }: any = await data(DIFF, { from: REAL_REPORT, to: FIXTURE_REPORT, first: 7, after });
      total = diff.totalCount;
      seen.push(...diff.edges.map((e: any) => e.node));
      after = diff.pageInfo.hasNextPage ? diff.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(expected.size);
    expect(seen.map((c) => `${c.id} ${c.kind}`).sort()).toEqual([...expected.keys()].sort());
    for (const change of seen) {
      const want = expected.get(`${change.id} ${change.kind}`)!;
      expect(change.quotes.map((q: any) => q.quote)).toEqual(want.quotes);
      expect(change.quotes.every((q: any) => q.report === FIXTURE_REPORT)).toBe(true);
      expect(change.previous.map((p: any) => p.id)).toEqual(want.previous);
      if (change.kind === 'CHANGED') {
        expect(change.fact.rank).toBe('PREFERRED');
        // As of `from`, the earlier claim stood alone.
        expect(change.previous.map((p: any) => p.rank)).toEqual(want.previous.map(() => 'NORMAL'));
      }
      if (change.kind === 'ENDED') expect(change.fact.current).toBe(false);
      expect(change.entry === 'ENTITY' ? change.entity.id : change.fact.id).toBe(change.id);
    }
  });

  it('is empty from a moment to itself, and from the later to the earlier', async () => {
    for (const [from, to] of [
      [FIXTURE_REPORT, FIXTURE_REPORT],
      [FIXTURE_REPORT, '2020-1'],
    ]) {
      const { diff } = await data(DIFF, { from, to });
      expect(diff.totalCount).toBe(0);
    }
  });

  it('refuses a bad moment, naming the argument and the value', async () => {
    const body = await gql(DIFF, { from: 'last term', to: FIXTURE_REPORT });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('"last term"');
    expect(JSON.stringify(body.errors?.[0]?.extensions)).toContain('from');
  });
});

/**
 * Variations of the fixture, built here from its files: a later report that restates a fact under
 * a new id, and one that makes a known entity part of another only later. The refused one
 * changes nothing; the other is imported last, as it changes the graph the tests above read.
 */
describe('variations of the later report', () => {
  const FIXTURE_SECTION = 'reports/2020-s2/02-hu.yaml';
  const PART = 'group/third-party-branch';
  const WHOLE = 'org/ningbo-procuratorate';
  const SOURCE = { item: 1, quote: '宁波市人民检察院第四检察部' };

  /** The fixture's files with entries added to its section 二 file. */
  function fixtureWith(add: { entities?: any[]; facts?: any[] }) {
    return datasetFiles(FIXTURE_DIR).map((f) => {
      if (!f.path.endsWith(FIXTURE_SECTION)) return f;
      const doc = YAML.parse(f.content) as { entities: any[]; facts: any[] };
      doc.entities.push(...(add.entities ?? []));
      doc.facts.push(...(add.facts ?? []));
      return { ...f, content: YAML.stringify(doc) };
    });
  }
  const seedEntityYaml = (id: string) =>
    fs
      .readdirSync(path.join(SEED_DIR, 'reports/2020-s1'))
      .filter((name) => name.endsWith('.yaml') && name !== 'report.yaml' && name !== 'series.yaml')
      .flatMap(
        (name) =>
          (YAML.parse(fs.readFileSync(path.join(SEED_DIR, 'reports/2020-s1', name), 'utf8')) as { entities?: any[] }).entities ?? [],
      )
      .find((e) => e.id === id);

  beforeAll(async () => {
    await data(IMPORT, { files: datasetFiles(FIXTURE_DIR) });
  });

  it('refuses a fact the graph holds under another id (same type, ends and statement), naming both ids', async () => {
    // 荣鲁宁's role as the first report states it, which the fixture does not repeat (it contradicts it).
    const { file: _file, sources: _sources, ...restated } = seedFacts.get('fact/s2-rong-luning-deputy-director-fourth-department')!;
    const copy = { ...restated, id: 'fact/s2-restated-under-a-new-id', sources: [SOURCE] };
    const body = await gql(IMPORT, { files: fixtureWith({ facts: [copy] }) });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = JSON.stringify(body.errors);
    expect(problems).toContain(`fact ${copy.id}: states the same HELD_ROLE ${copy.from} → ${copy.to} as fact ${restated.id}`);
    expect(problems).toContain(`reuse the id ${restated.id}`);
    expect(problems).toContain(`contradicts: ${restated.id}`);
    const { facts } = await data('query($from: ID!) { facts(filter: { from: $from }, first: 100) { edges { node { id } } } }', {
      from: copy.from,
    });
    expect(facts.edges.map((e: any) => e.node.id)).not.toContain(copy.id);
    // Stated differently (another date), it is a fact of its own; checked without importing it.
    const otherwise = { ...copy, date: '2021-01' };
    const accepted = await gql(IMPORT, { files: fixtureWith({ facts: [otherwise] }) });
    expect(accepted.errors).toBeUndefined();
    await gql('mutation($id: ID!) { deleteFact(id: $id, reason: "test: undo the variation") }', { id: otherwise.id });
  });

  it("as of the earlier report, a part's facts are not listed when it became a part only later", async () => {
    const PARTS = `query($asOf: String) { entity(id: "${WHOLE}", asOf: $asOf) { relations(includeParts: true, first: 100) { id viaPart other { id } } } }`;
    const earlier = await data(PARTS, { asOf: REAL_REPORT });
    const part = { ...seedEntityYaml(PART), sources: [SOURCE] };
    const link = { id: 'fact/s2-variation-third-branch-part-of-procuratorate', type: 'PART_OF', from: PART, to: WHOLE, sources: [SOURCE] };
    await data(IMPORT, { files: fixtureWith({ entities: [part], facts: [link] }) });
    const now = await data(PARTS, {});
    // Now the part's own facts (its other PART_OF link, its members) come through it.
    expect(now.entity.relations.filter((r: any) => r.viaPart === PART).length).toBeGreaterThan(0);
    expect(await data(PARTS, { asOf: REAL_REPORT })).toEqual(earlier);
    expect(earlier.entity.relations.some((r: any) => r.viaPart === PART)).toBe(false);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { mintToken } from '../src/auth';
import { DEV_JWT_SECRET } from '../src/config';
import { Dictionary } from '../src/extract/dictionary';
import { extractReport } from '../src/extract/extract';
import { proposalFiles } from '../src/extract/proposal';
import { parseCorpus } from '../src/model/reportText';
import { PREAMBLE } from '../src/model/sections';
import { loadDataset, readDataset, readDatasetFiles, type DatasetFile } from '../src/seed/dataset';
import { startTestApp, type TestApp } from './support/app';
import { runCommandLine } from './support/processes';
import { SEED_DIR } from './support/testEnv';

/**
 * `npm run extract` on the real report: what it writes is a dataset a curator can review and
 * import, every quote verbatim where it is filed, and only what the curator accepted is imported.
 */

const REPORT = path.join(SEED_DIR, 'reports', '2020-s1', 'report.txt');
const bytes = fs.readFileSync(REPORT);
const corpus = parseCorpus(bytes.toString('utf8'));
let out: string;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-'));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

interface Entry {
  id: string;
  sources?: { item?: number; quote: string }[];
  aliases?: { source: { item?: number; quote: string } }[];
  review?: { status: string; confidence: number };
  [key: string]: unknown;
}

const sectionFiles = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((name) => /^section-\d+\.yaml$/.test(name))
    .map((name) => ({
      name,
      content: YAML.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as { section: string; entities: Entry[]; facts: Entry[] },
    }));

describe('npm run extract', () => {
  it('writes a dataset folder of candidates, each quote verbatim in its section or item, that validates', async () => {
    const { code, output } = await runCommandLine('src/cli/extract.ts', [REPORT, '--out', out, '--report-id', 'report/extract-test'], {});
    expect(output).toMatch(/Proposed \d+ entity entries and \d+ facts/);
    expect(code).toBe(0);
    const folder = path.join(out, 'reports', 'extract-test');
    expect(fs.readFileSync(path.join(folder, 'report.txt'))).toEqual(bytes);

    let entries = 0;
    for (const { content } of sectionFiles(folder)) {
      for (const entry of [...content.entities, ...content.facts]) {
        entries++;
        expect(entry.review).toMatchObject({ status: 'candidate' });
        expect(entry.review!.confidence).toBeGreaterThanOrEqual(0);
        expect(entry.review!.confidence).toBeLessThanOrEqual(1);
        for (const source of [...(entry.sources ?? []), ...(entry.aliases ?? []).map((a) => a.source)]) {
          const scope =
            source.item === undefined ? corpus.sectionText.get(content.section) : corpus.itemText.get(`${content.section}.${source.item}`);
          if (!scope?.includes(source.quote))
            throw new Error(`${entry.id}: "${source.quote}" is not in ${content.section}.${source.item ?? ''}`);
        }
      }
    }
    expect(entries).toBeGreaterThan(150);

    // The normal loader accepts it, and holds every candidate back.
    const dataset = loadDataset(out);
    expect(dataset.entities).toEqual([]);
    expect(dataset.facts).toEqual([]);
    expect(dataset.skipped!.candidateFacts).toBeGreaterThan(50);
  });

  it('links the people the dictionary knows to their ids, by name or by alias', () => {
    const known = extractReport(bytes.toString('utf8'), {
      reportId: 'report/extract-test',
      dictionary: Dictionary.fromFolders([SEED_DIR]),
    });
    const yang = known.entities.get('person/yang-zhenhua');
    expect(yang?.review).toMatchObject({ status: 'candidate', matchedBy: 'name' });
    // 裘耀东 is the report's other spelling of 裘东耀: linked, and proposed as an alias.
    const qiu = known.entities.get('person/qiu-dongyao');
    expect(qiu?.fields.name).toBe('裘东耀');
    expect(qiu?.aliases.map((a) => a.name)).toContain('裘耀东');
    const curatedPeople = loadDataset(SEED_DIR).entities.filter((e) => e.kind === 'PERSON');
    const linked = curatedPeople.filter((p) => known.entities.has(p.id));
    expect(linked.length).toBe(curatedPeople.length);
    expect([...known.entities.values()].filter((e) => e.kind === 'PERSON' && !e.review.matchedBy)).toEqual([]);
  });

  it.each([
    [['--bogus'], 2, /Unknown option '--bogus'/],
    [[], 2, /Missing argument/],
    [['no/such/report.txt'], 1, /no\/such\/report\.txt: file not found/],
    [[REPORT, '--report-id', '2020-s2'], 2, /--report-id "2020-s2" must be report\/<slug>/],
    [[REPORT, '--report-id', 'report/Not_A_Slug'], 2, /--report-id "report\/Not_A_Slug": the slug must be lowercase/],
    [[REPORT, '--dictionary', 'src'], 2, /--dictionary src: not a dataset folder/],
  ])('refuses %j with exit %d, naming what was wrong', async (args, exit, problem) => {
    const { code, output } = await runCommandLine('src/cli/extract.ts', [...args, '--out', path.join(out, 'refused')], {});
    expect(code).toBe(exit);
    expect(output).toMatch(problem);
    expect(fs.existsSync(path.join(out, 'refused'))).toBe(false);
  });
});

describe('importing reviewed candidates', () => {
  let app: TestApp;
  let editor: string;
  beforeAll(async () => {
    app = await startTestApp();
    editor = await mintToken(DEV_JWT_SECRET, 'curator-ann', ['editor']);
  });
  afterAll(() => app.stop());

  /** The proposal for the real text as a report of its own, linked to the seeded graph. */
  function proposal(): DatasetFile[] {
    const extraction = extractReport(bytes.toString('utf8'), {
      reportId: 'report/extract-review',
      dictionary: Dictionary.fromFolders([SEED_DIR]),
    });
    return proposalFiles(bytes, extraction, { slug: 'extract-review' });
  }

  it('imports exactly the accepted entries with an audit entry, and leaves candidates and rejected ones out', async () => {
    const files = proposal();
    const sectionFour = files.find((f) => f.path.endsWith('/section-04.yaml'))!;
    const doc = YAML.parse(sectionFour.content.toString()) as { section: string; entities: Entry[]; facts: Entry[] };
    // The curator accepts 杨珍华's silver medal: the person (a known one), the award and the fact.
    const silver = doc.entities.find((e) => e.kind === 'AWARD' && e.rankText === '银牌')!;
    const received = doc.facts.find((f) => f.type === 'RECEIVED' && f.to === silver.id && f.from === 'person/yang-zhenhua')!;
    const rejected = doc.facts.find((f) => f.type === 'RECEIVED' && f.id !== received.id)!;
    for (const entry of [doc.entities.find((e) => e.id === 'person/yang-zhenhua')!, silver, received]) entry.review!.status = 'accepted';
    rejected.review!.status = 'rejected';
    sectionFour.content = YAML.stringify(doc);

    const candidateFacts = files
      .filter((f) => /section-\d+\.yaml$/.test(f.path))
      .flatMap((f) => (YAML.parse(f.content.toString()) as { facts: Entry[] }).facts.map((x) => x.id))
      .filter((id) => id !== received.id);
    const dataset = readDataset(files);
    expect(dataset.facts.map((f) => f.id)).toEqual([received.id]);
    expect(dataset.skipped).toMatchObject({ rejectedFacts: 1, candidateFacts: candidateFacts.length - 1 });

    const imported = await app.post(
      'mutation($files: [DatasetFileInput!]!) { importDataset(files: $files) { reports entities { created updated } facts { created updated } skipped { candidateEntities candidateFacts rejectedEntities rejectedFacts } } }',
      { files: files.map((f) => ({ path: f.path, content: f.content.toString() })) },
      editor,
    );
    expect(imported.body.errors).toBeUndefined();
    expect(imported.body.data!.importDataset).toMatchObject({
      reports: ['report/extract-review'],
      entities: { created: 1 },
      facts: { created: 1, updated: 0 },
      // The same counts the run's audit entry records (below).
      skipped: { ...dataset.skipped, rejectedFacts: 1, candidateFacts: candidateFacts.length - 1 },
    });

    const award = await app.post(`{ entity(id: "${silver.id}") { name ... on Award { rankText } } }`);
    expect(award.body.data!.entity).toEqual({ name: '银牌', rankText: '银牌' });
    const stored = await app.db.read<{ ids: string[] }>('MATCH ()-[r]->() WHERE r.id IN $ids RETURN collect(r.id) AS ids', {
      ids: [received.id, ...candidateFacts],
    });
    expect(stored.records[0]!.get('ids')).toEqual([received.id]);

    // The run's entry (the import's summary), beside one for each known entity it updated.
    const audit = await app.post('{ auditLog(first: 10) { operation actor target after } }', {}, editor);
    const entries = audit.body.data!.auditLog as { operation: string; actor: string; target: string | null; after: string }[];
    const run = entries.find((e) => e.target === null)!;
    expect(run).toMatchObject({ operation: 'importDataset', actor: 'curator-ann' });
    expect(JSON.parse(run.after)).toMatchObject({
      reports: ['report/extract-review'],
      skipped: { rejectedFacts: 1, candidateFacts: candidateFacts.length - 1 },
    });
  });

  it('refuses an accepted fact whose end is still only a candidate, naming it', () => {
    const files = proposal();
    const sectionFour = files.find((f) => f.path.endsWith('/section-04.yaml'))!;
    const doc = YAML.parse(sectionFour.content.toString()) as { facts: Entry[] };
    const fact = doc.facts.find((f) => f.type === 'RECEIVED')!;
    fact.review!.status = 'accepted';
    sectionFour.content = YAML.stringify(doc);
    expect(() => readDataset(files)).toThrow(new RegExp(`${fact.id} field 'from': ${String(fact.from)} is only proposed`));
  });
});

it('keeps the preamble and every section of the text as a section file', () => {
  const files = readDatasetFiles(out).filter((f) => f.path.includes('extract-test/section-'));
  expect(files.length).toBe(corpus.sections.length);
  expect(corpus.sections[0]!.section).toBe(PREAMBLE);
});

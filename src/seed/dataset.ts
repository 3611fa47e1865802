import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import YAML from 'yaml';
import type { z } from 'zod';
import type { Provenance } from '../model/provenance';
import { RELATION_ENDPOINTS, type EntityKind, type Section } from '../model/vocabulary';
import { itemKey, parseCorpus, sha256, type Corpus } from './corpus';
import {
  entitySchema,
  factSchema,
  reportManifestSchema,
  sectionFileSchema,
  type EntityInput,
  type FactInput,
  type ReportManifest,
  type SourceInput,
} from './format';

/** A validated dataset, ready to write: every reference resolved, every quote checked. */
export interface Dataset {
  reports: ReportRecordInput[];
  entities: DatasetEntity[];
  facts: DatasetFact[];
}

export interface ReportRecordInput extends ReportManifest {
  folder: string;
  corpus: Corpus;
}

/** Omit applied to each member of a union, so the kind still narrows the fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type DatasetEntity = OmitEach<EntityInput, 'sources' | 'aliases' | 'nameEn'> & {
  nameEn: string;
  aliases: string[];
  sources: Provenance[];
  /** Only for people: tone-marked pinyin, toneless pinyin and initials of the name. */
  pinyin?: { marked: string; plain: string; initials: string };
  /** Files that declare the entity, for error messages. */
  files: string[];
};

export type DatasetFact = Omit<FactInput, 'sources'> & { sources: Provenance[]; file: string };

/** Every problem found in a dataset, each naming its file, entry and field. Nothing is written. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

const REPORT_MANIFEST = 'report.yaml';

export function loadDataset(seedDir: string): Dataset {
  const reportsDir = path.join(seedDir, 'reports');
  if (!fs.existsSync(reportsDir)) throw new DatasetError([`${reportsDir}: folder not found`]);
  const problems: string[] = [];
  const reports: ReportRecordInput[] = [];
  const entities = new Map<string, DatasetEntity>();
  const facts: DatasetFact[] = [];

  for (const folderName of fs.readdirSync(reportsDir).sort()) {
    const folder = path.join(reportsDir, folderName);
    if (!fs.statSync(folder).isDirectory()) continue;
    const report = readReport(folder, seedDir, problems);
    if (!report) continue;
    reports.push(report);
    for (const fileName of fs.readdirSync(folder).sort()) {
      if (!/\.ya?ml$/.test(fileName) || fileName === REPORT_MANIFEST) continue;
      readSectionFile(path.join(folder, fileName), seedDir, report, entities, facts, problems);
    }
  }
  checkFacts(facts, entities, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return { reports, entities: [...entities.values()], facts };
}

function parseYaml(file: string, label: string, problems: string[]): unknown {
  try {
    return YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`${label}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function describeIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? ` field '${issue.path.join('.')}'` : '';
    return `${where}${field}: ${issue.message}`;
  });
}

function readReport(folder: string, seedDir: string, problems: string[]): ReportRecordInput | null {
  const label = path.relative(seedDir, path.join(folder, REPORT_MANIFEST));
  const raw = parseYaml(path.join(folder, REPORT_MANIFEST), label, problems);
  if (raw === undefined) return null;
  const parsed = reportManifestSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...describeIssues(label, parsed.error));
    return null;
  }
  const textFile = path.join(folder, parsed.data.text);
  if (!fs.existsSync(textFile)) {
    problems.push(`${label} field 'text': file ${parsed.data.text} not found`);
    return null;
  }
  const bytes = fs.readFileSync(textFile);
  const actual = sha256(bytes);
  if (actual !== parsed.data.sha256) {
    problems.push(`${label} field 'sha256': ${parsed.data.text} has SHA-256 ${actual}, expected ${parsed.data.sha256}`);
    return null;
  }
  return { ...parsed.data, folder, corpus: parseCorpus(bytes.toString('utf8')) };
}

/** What source checking needs of a report: its id and its parsed text. */
export interface ReportText {
  id: string;
  corpus: Corpus;
}

export function resolveSource(
  source: SourceInput,
  fileSection: Section,
  report: ReportText,
  where: string,
  problems: string[],
): Provenance | null {
  const section = source.section ?? fileSection;
  const item = source.item ?? null;
  const scope = item === null ? report.corpus.sectionText.get(section) : report.corpus.itemText.get(itemKey(section, item));
  const place = item === null ? `section ${section}` : `item ${section}.${item}`;
  if (scope === undefined) {
    problems.push(`${where}: the report has no ${place}`);
    return null;
  }
  if (!scope.includes(source.quote)) {
    problems.push(`${where}: quote "${source.quote}" does not occur verbatim in ${place} of ${report.id}`);
    return null;
  }
  return { report: report.id, section, item, quote: source.quote };
}

function personPinyin(name: string) {
  const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array' });
  return {
    marked: pinyin(name, { surname: 'head' }),
    plain: syllables.join(' '),
    initials: syllables.map((s) => s[0]).join(''),
  };
}

/** "yang zhen hua" → "Yang Zhenhua": surname, then the given name written as one word. */
function englishPersonName(plain: string): string {
  const [surname = '', ...given] = plain.split(' ');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return given.length > 0 ? `${cap(surname)} ${cap(given.join(''))}` : cap(surname);
}

function readSectionFile(
  file: string,
  seedDir: string,
  report: ReportRecordInput,
  entities: Map<string, DatasetEntity>,
  facts: DatasetFact[],
  problems: string[],
): void {
  const label = path.relative(seedDir, file);
  const raw = parseYaml(file, label, problems);
  if (raw === undefined) return;
  const parsedFile = sectionFileSchema.safeParse(raw ?? {});
  if (!parsedFile.success) {
    problems.push(...describeIssues(label, parsedFile.error));
    return;
  }
  const { section } = parsedFile.data;
  const entryName = (kind: string, index: number, value: unknown) => {
    const id = (value as { id?: unknown } | null)?.id;
    return `${label}: ${kind}[${index}]${typeof id === 'string' ? ` (${id})` : ''}`;
  };

  parsedFile.data.entities.forEach((value, index) => {
    const where = entryName('entities', index, value);
    const entity = parseEntity(value, section, report, where, problems);
    if (entity) mergeEntity(entities, { ...entity, files: [label] }, where, problems);
  });

  parsedFile.data.facts.forEach((value, index) => {
    const where = entryName('facts', index, value);
    const fact = parseFact(value, section, report, where, problems);
    if (fact) facts.push({ ...fact, file: label });
  });
}

/**
 * Validates one entity entry and checks its quotes against the report; problems are appended
 * (each starting with `where`) and null returned when it is invalid.
 */
export function parseEntity(value: unknown, section: Section, report: ReportText, where: string, problems: string[]): DatasetEntity | null {
  const parsed = entitySchema.safeParse(value);
  if (!parsed.success) {
    problems.push(...describeIssues(where, parsed.error));
    return null;
  }
  const input = parsed.data;
  // An entity with a bad quote is still returned (with its good sources), so that references to
  // it do not add misleading "no entity" problems; the caller rejects on any problem.
  const sources = input.sources.map((s, i) => resolveSource(s, section, report, `${where} field 'sources.${i}'`, problems));
  const aliasSources = input.aliases.map((a, i) => resolveSource(a.source, section, report, `${where} field 'aliases.${i}.source'`, problems));
  aliasSources.forEach((s, i) => {
    const alias = input.aliases[i]!;
    if (s && !s.quote.includes(alias.name)) {
      problems.push(`${where} field 'aliases.${i}': the quote does not contain the alias "${alias.name}"`);
    }
  });
  const pinyinOfName = input.kind === 'PERSON' ? personPinyin(input.name) : undefined;
  return {
    ...input,
    nameEn: input.nameEn ?? englishPersonName(pinyinOfName?.plain ?? ''),
    aliases: input.aliases.map((a) => a.name),
    sources: uniqueSources([...sources, ...aliasSources].filter((s): s is Provenance => s !== null)),
    ...(pinyinOfName ? { pinyin: pinyinOfName } : {}),
    files: [],
  } as DatasetEntity;
}

/** Validates one fact entry and checks its quotes; endpoints are checked by the caller. */
export function parseFact(value: unknown, section: Section, report: ReportText, where: string, problems: string[]): Omit<DatasetFact, 'file'> | null {
  const parsed = factSchema.safeParse(value);
  if (!parsed.success) {
    problems.push(...describeIssues(where, parsed.error));
    return null;
  }
  const sources = parsed.data.sources.map((s, i) => resolveSource(s, section, report, `${where} field 'sources.${i}'`, problems));
  return { ...parsed.data, sources: sources.filter((s): s is Provenance => s !== null) };
}

/** Drops repeated provenances (an alias quoted again as a source), keeping first occurrences. */
function uniqueSources(sources: Provenance[]): Provenance[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = JSON.stringify([s.report, s.section, s.item, s.quote]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const MERGED_LISTS = new Set(['sources', 'aliases', 'files']);

/**
 * The same entity may be declared in several files (a person named in two sections): its
 * sources and aliases are combined, and every other field must agree wherever it is given.
 */
function mergeEntity(entities: Map<string, DatasetEntity>, next: DatasetEntity, where: string, problems: string[]): void {
  const existing = entities.get(next.id);
  if (!existing) {
    entities.set(next.id, next);
    return;
  }
  const a = existing as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (MERGED_LISTS.has(key) || b[key] === undefined) continue;
    if (a[key] === undefined) a[key] = b[key];
    else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      problems.push(`${where} field '${key}': ${JSON.stringify(b[key])} conflicts with ${JSON.stringify(a[key])} declared in ${existing.files.join(', ')}`);
    }
  }
  existing.aliases = [...new Set([...existing.aliases, ...next.aliases])];
  existing.sources = uniqueSources([...existing.sources, ...next.sources]);
  existing.files.push(...next.files);
}

/** Facts that say the same thing: one edge per fact, with all its sources, not two edges. */
const factIdentity = (f: DatasetFact) => [f.type, f.from, f.to, f.role ?? '', f.partnershipKind ?? '', f.date ?? ''].join('|');

function checkFacts(facts: DatasetFact[], entities: Map<string, DatasetEntity>, problems: string[]): void {
  const seenIds = new Map<string, string>();
  const seenFacts = new Map<string, string>();
  for (const fact of facts) {
    const where = `${fact.file}: fact ${fact.id}`;
    const earlier = seenIds.get(fact.id);
    if (earlier) problems.push(`${where}: id already used in ${earlier}`);
    seenIds.set(fact.id, fact.file);
    const same = seenFacts.get(factIdentity(fact));
    if (same) problems.push(`${where}: states the same ${fact.type} fact as ${same}; add this source to that fact instead`);
    seenFacts.set(factIdentity(fact), `${fact.file}: fact ${fact.id}`);
    const allowed = RELATION_ENDPOINTS[fact.type];
    const check = (end: 'from' | 'to', kinds: readonly EntityKind[]) => {
      const target = entities.get(fact[end]);
      if (!target) problems.push(`${where} field '${end}': no entity with id ${fact[end]}`);
      else if (!kinds.includes(target.kind)) {
        problems.push(`${where} field '${end}': a ${fact.type} fact cannot ${end === 'from' ? 'start at' : 'end at'} a ${target.kind} (${fact[end]}); allowed: ${kinds.join(', ')}`);
      }
    };
    check('from', allowed.from);
    check('to', allowed.to);
  }
}

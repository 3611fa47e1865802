import fs from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import YAML from 'yaml';
import type { z } from 'zod';
import type { Provenance } from '../model/provenance';
import { ReportTextError } from '../model/reportText';
import type { Section } from '../model/sections';
import { RELATION_ENDPOINTS, type EntityKind } from '../model/vocabulary';
import { itemKey, parseCorpus, sha256, type Corpus } from './corpus';
import {
  entitySchema,
  factSchema,
  reportManifestSchema,
  sectionFileSchema,
  SERIES_FILE,
  seriesFileSchema,
  seriesSchema,
  type EntityInput,
  type FactInput,
  type ReportManifest,
  type SeriesInput,
  type SourceInput,
} from './format';
import { noSkippedEntries, reviewStatusOf, type SkippedEntries } from './review';
import { seriesProblems } from './seriesChecks';
import { tradeLinkProblems } from './tradeLinks';

/** A validated dataset, ready to write: every reference resolved, every quote checked. */
export interface Dataset {
  reports: ReportRecordInput[];
  entities: DatasetEntity[];
  facts: DatasetFact[];
  /** Proposed entries (a review block not yet accepted) that were validated but left out. */
  skipped?: SkippedEntries;
  /** Metric series, each declared in one or more report folders' series.yaml. */
  series: DatasetSeries[];
}

export interface ReportRecordInput extends ReportManifest {
  folder: string;
  corpus: Corpus;
}

/** Omit applied to each member of a union, so the kind still narrows the fields. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One validated entry, as the storage codec takes it. */
export type ParsedEntity = OmitEach<EntityInput, 'sources' | 'aliases' | 'nameEn' | 'review'> & {
  nameEn: string;
  aliases: string[];
  sources: Provenance[];
  /** Only for people: tone-marked pinyin, toneless pinyin and initials of the name. */
  pinyin?: { marked: string; plain: string; initials: string };
};
export type ParsedFact = Omit<FactInput, 'sources' | 'ended' | 'review'> & { sources: Provenance[]; ended: Provenance[] };

/** Entries of a dataset also name the files that state them, for error messages. */
export type DatasetEntity = ParsedEntity & { files: string[] };
export type DatasetFact = ParsedFact & { file: string };
export type DatasetSeries = SeriesInput & { files: string[] };

/** A file of a dataset: its path inside the dataset (`reports/<folder>/<name>`) and its content. */
export interface DatasetFile {
  path: string;
  content: string | Buffer;
}

/** Every problem found in a dataset, each naming its file, entry and field. Nothing is written. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DatasetError';
  }
}

const REPORT_MANIFEST = 'report.yaml';
const DATASET_PATH = /^reports\/[a-z0-9]+(-[a-z0-9]+)*\/[A-Za-z0-9_.-]+\.(ya?ml|txt)$/;

/** Why a file path is not part of the dataset layout, or null when it is. */
export function datasetPathProblem(filePath: string): string | null {
  return DATASET_PATH.test(filePath) && !filePath.includes('..') ? null : `"${filePath}" is not reports/<folder>/<name>.yaml or .txt`;
}

/** Reads a dataset folder from disk (the seed, an export, a curator's folder) and validates it. */
export function loadDataset(seedDir: string): Dataset {
  return readDataset(readDatasetFiles(seedDir));
}

/** The files of a dataset folder on disk, as readDataset takes them. */
export function readDatasetFiles(seedDir: string): DatasetFile[] {
  const reportsDir = path.join(seedDir, 'reports');
  if (!fs.existsSync(reportsDir)) throw new DatasetError([`${reportsDir}: folder not found`]);
  const files: DatasetFile[] = [];
  for (const folderName of fs.readdirSync(reportsDir)) {
    const folder = path.join(reportsDir, folderName);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const fileName of fs.readdirSync(folder)) {
      const file = path.join(folder, fileName);
      if (fs.statSync(file).isFile()) files.push({ path: `reports/${folderName}/${fileName}`, content: fs.readFileSync(file) });
    }
  }
  return files;
}

/**
 * Validates a whole dataset held in memory: every reference resolved, every quote checked.
 * Throws DatasetError listing every problem; nothing is partially accepted.
 */
export function readDataset(files: DatasetFile[]): Dataset {
  const byFolder = new Map<string, Map<string, DatasetFile>>();
  for (const file of files) {
    const [, folder, name] = file.path.split('/');
    if (!folder || !name) continue;
    const folderFiles = byFolder.get(folder) ?? byFolder.set(folder, new Map()).get(folder)!;
    folderFiles.set(name, file);
  }
  const problems: string[] = [];
  const reports: ReportRecordInput[] = [];
  const entities = new Map<string, DatasetEntity>();
  const facts: DatasetFact[] = [];
  const held: HeldBack = { entities: new Map(), facts: [], skipped: noSkippedEntries() };
  const series = new Map<string, DatasetSeries>();

  for (const folder of [...byFolder.keys()].sort()) {
    const folderFiles = byFolder.get(folder)!;
    const report = readReport(folder, folderFiles, problems);
    if (!report) continue;
    const same = reports.find((r) => r.id === report.id);
    if (same) problems.push(`reports/${folder}/${REPORT_MANIFEST} field 'id': ${report.id} is already the id of reports/${same.folder}/${REPORT_MANIFEST}`);
    reports.push(report);
    for (const name of [...folderFiles.keys()].sort()) {
      if (!/\.ya?ml$/.test(name) || name === REPORT_MANIFEST) continue;
      if (name === SERIES_FILE) {
        readSeriesFile(folderFiles.get(name)!, series, problems);
        continue;
      }
      readSectionFile(folderFiles.get(name)!, report, entities, facts, problems, held);
    }
  }
  checkFacts(facts, entities, problems, held.entities);
  checkHeldBackFacts(held, entities, problems);
  problems.push(...tradeLinkProblems(entities, facts));
  problems.push(...seriesProblems(entities, facts, series));
  if (problems.length > 0) throw new DatasetError(problems);
  return { reports, entities: [...entities.values()], facts, series: [...series.values()], skipped: held.skipped };
}

/** Proposed entries not accepted (yet): validated like the others, then left out of the dataset. */
interface HeldBack {
  entities: Map<string, DatasetEntity>;
  facts: DatasetFact[];
  skipped: SkippedEntries;
}

function parseYaml(file: DatasetFile, problems: string[]): unknown {
  try {
    return YAML.parse(file.content.toString());
  } catch (err) {
    problems.push(`${file.path}: not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function describeIssues(where: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? ` field '${issue.path.join('.')}'` : '';
    return `${where}${field}: ${issue.message}`;
  });
}

function readReport(folder: string, files: Map<string, DatasetFile>, problems: string[]): ReportRecordInput | null {
  const label = `reports/${folder}/${REPORT_MANIFEST}`;
  const manifest = files.get(REPORT_MANIFEST);
  if (!manifest) {
    problems.push(`${label}: file not found`);
    return null;
  }
  const raw = parseYaml(manifest, problems);
  if (raw === undefined) return null;
  const parsed = reportManifestSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...describeIssues(label, parsed.error));
    return null;
  }
  const textFile = files.get(parsed.data.text);
  if (!textFile) {
    problems.push(`${label} field 'text': file ${parsed.data.text} not found`);
    return null;
  }
  const bytes = Buffer.from(textFile.content);
  const actual = sha256(bytes);
  if (actual !== parsed.data.sha256) {
    problems.push(`${label} field 'sha256': ${parsed.data.text} has SHA-256 ${actual}, expected ${parsed.data.sha256}`);
    return null;
  }
  const corpus = readCorpus(`reports/${folder}/${parsed.data.text}`, bytes, problems);
  if (!corpus) return null;
  const headings = new Set(corpus.sections.filter((s) => s.number > 0).map((s) => s.section));
  for (const section of Object.keys(parsed.data.sectionTitlesEn ?? {})) {
    if (!headings.has(section)) problems.push(`${label} field 'sectionTitlesEn.${section}': ${parsed.data.text} has no section heading ${section}、`);
  }
  return { ...parsed.data, folder, corpus };
}

/** The report's text split into sections and items, or null with every line that does not parse. */
function readCorpus(label: string, bytes: Buffer, problems: string[]): Corpus | null {
  try {
    return parseCorpus(bytes.toString('utf8'));
  } catch (err) {
    if (!(err instanceof ReportTextError)) throw err;
    problems.push(...err.problems.map((p) => `${label}${p.line > 0 ? ` line ${p.line}` : ''}: ${p.message}`));
    return null;
  }
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
  file: DatasetFile,
  report: ReportRecordInput,
  entities: Map<string, DatasetEntity>,
  facts: DatasetFact[],
  problems: string[],
  held: HeldBack,
): void {
  const label = file.path;
  const raw = parseYaml(file, problems);
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
    const status = reviewStatusOf(value);
    if (entity && status === 'accepted') mergeEntity(entities, { ...entity, files: [label] }, where, problems);
    else if (entity) {
      held.entities.set(entity.id, { ...entity, files: [label] });
      held.skipped[status === 'candidate' ? 'candidateEntities' : 'rejectedEntities']++;
    }
  });

  parsedFile.data.facts.forEach((value, index) => {
    const where = entryName('facts', index, value);
    const fact = parseFact(value, section, report, where, problems);
    const status = reviewStatusOf(value);
    if (fact && status === 'accepted') mergeFact(facts, { ...fact, file: label }, where, problems);
    else if (fact) {
      held.facts.push({ ...fact, file: label });
      held.skipped[status === 'candidate' ? 'candidateFacts' : 'rejectedFacts']++;
    }
  });
}

/**
 * A folder's series.yaml: series declarations. A series may be declared in several folders (each
 * report that states a point may say what it is a point of); the declarations must agree.
 */
function readSeriesFile(file: DatasetFile, series: Map<string, DatasetSeries>, problems: string[]): void {
  const raw = parseYaml(file, problems);
  if (raw === undefined) return;
  const parsedFile = seriesFileSchema.safeParse(raw ?? {});
  if (!parsedFile.success) {
    problems.push(...describeIssues(file.path, parsedFile.error));
    return;
  }
  parsedFile.data.series.forEach((value, index) => {
    const key = (value as { key?: unknown } | null)?.key;
    const where = `${file.path}: series[${index}]${typeof key === 'string' ? ` (${key})` : ''}`;
    const parsed = seriesSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...describeIssues(where, parsed.error));
      return;
    }
    const existing = series.get(parsed.data.key);
    if (!existing) {
      series.set(parsed.data.key, { ...parsed.data, files: [file.path] });
      return;
    }
    const a = existing as unknown as Record<string, unknown>;
    const b = parsed.data as unknown as Record<string, unknown>;
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (field === 'files' || JSON.stringify(a[field]) === JSON.stringify(b[field])) continue;
      problems.push(`${where} field '${field}': ${JSON.stringify(b[field] ?? null)} conflicts with ${JSON.stringify(a[field] ?? null)} declared in ${existing.files.join(', ')}`);
    }
    existing.files.push(file.path);
  });
}

/**
 * Validates one entity entry and checks its quotes against the report; problems are appended
 * (each starting with `where`) and null returned when it is invalid.
 */
export function parseEntity(value: unknown, section: Section, report: ReportText, where: string, problems: string[]): ParsedEntity | null {
  const parsed = entitySchema.safeParse(value);
  if (!parsed.success) {
    problems.push(...describeIssues(where, parsed.error));
    return null;
  }
  // The review block decides whether the entry is imported (readSectionFile); it is not stored.
  const { review: _review, ...input } = parsed.data;
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
  } as ParsedEntity;
}

/** Validates one fact entry and checks its quotes; endpoints are checked by the caller. */
export function parseFact(value: unknown, section: Section, report: ReportText, where: string, problems: string[]): ParsedFact | null {
  const parsed = factSchema.safeParse(value);
  if (!parsed.success) {
    problems.push(...describeIssues(where, parsed.error));
    return null;
  }
  const { review: _review, ...input } = parsed.data;
  const sources = input.sources.map((s, i) => resolveSource(s, section, report, `${where} field 'sources.${i}'`, problems));
  const ended = input.ended.map((s, i) => resolveSource(s, section, report, `${where} field 'ended.${i}'`, problems));
  const resolved = (list: (Provenance | null)[]) => list.filter((s): s is Provenance => s !== null);
  return { ...input, sources: resolved(sources), ended: resolved(ended) };
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

/**
 * A later report repeats a fact under the same id: its sources and end quotes are added to the
 * fact, whose other fields must agree wherever both give them (a report saying otherwise states
 * a competing fact of its own, with `contradicts`). Within one report an id is used once.
 */
function mergeFact(facts: DatasetFact[], next: DatasetFact, where: string, problems: string[]): void {
  const existing = facts.find((f) => f.id === next.id);
  const reportOf = (f: DatasetFact) => f.file.split('/')[1];
  if (!existing || reportOf(existing) === reportOf(next)) {
    facts.push(next);
    return;
  }
  const a = existing as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  for (const key of Object.keys(b)) {
    if (['sources', 'ended', 'file'].includes(key) || b[key] === undefined) continue;
    if (a[key] === undefined) a[key] = b[key];
    else if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      problems.push(`${where} field '${key}': ${JSON.stringify(b[key])} conflicts with ${JSON.stringify(a[key])} stated in ${existing.file}; state it as a competing fact with contradicts: ${existing.id}`);
    }
  }
  existing.sources = uniqueSources([...existing.sources, ...next.sources]);
  existing.ended = uniqueSources([...existing.ended, ...next.ended]);
}

/** Facts that say the same thing: one edge per fact, with all its sources, not two edges. */
const factIdentity = (f: DatasetFact) => [f.type, f.from, f.to, f.role ?? '', f.partnershipKind ?? '', f.date ?? ''].join('|');

function checkFacts(facts: DatasetFact[], entities: Map<string, DatasetEntity>, problems: string[], heldBack: Map<string, DatasetEntity>): void {
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
    for (const end of ['from', 'to'] as const) {
      const proposed = !entities.has(fact[end]) && heldBack.has(fact[end]);
      const problem = proposed
        ? `${fact[end]} is only proposed (its review status is not accepted): accept it too, or leave this fact a candidate`
        : endpointProblem(fact, end, entities.get(fact[end])?.kind);
      if (problem) problems.push(`${where} field '${end}': ${problem}`);
    }
  }
  // A contradicted fact of this dataset must join the same ends; one only in the graph is checked when writing.
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const fact of facts) {
    const other = fact.contradicts ? byId.get(fact.contradicts) : undefined;
    const problem = other ? contradictionProblem(fact, other) : null;
    if (problem) problems.push(`${fact.file}: fact ${fact.id} field 'contradicts': ${problem}`);
  }
}

/** Why `fact` cannot compete with `other` (a different type or other ends), or null. */
export function contradictionProblem(fact: Pick<ParsedFact, 'type' | 'from' | 'to'>, other: Pick<ParsedFact, 'id' | 'type' | 'from' | 'to'>): string | null {
  if (other.type === fact.type && other.from === fact.from && other.to === fact.to) return null;
  return `${other.id} is ${other.type} ${other.from} → ${other.to}; a competing claim states the same type between the same ends`;
}

/** A proposed fact must join entities the dataset declares (accepted or proposed), so that accepting it can work. */
function checkHeldBackFacts(held: HeldBack, entities: Map<string, DatasetEntity>, problems: string[]): void {
  for (const fact of held.facts) {
    for (const end of ['from', 'to'] as const) {
      const problem = endpointProblem(fact, end, (entities.get(fact[end]) ?? held.entities.get(fact[end]))?.kind);
      if (problem) problems.push(`${fact.file}: fact ${fact.id} field '${end}': ${problem}`);
    }
  }
}

/** Why an end of a fact is not allowed (missing, or of a kind its type does not connect), or null. */
export function endpointProblem(fact: Pick<ParsedFact, 'type' | 'from' | 'to'>, end: 'from' | 'to', kind: EntityKind | undefined): string | null {
  if (!kind) return `no entity with id ${fact[end]}`;
  const allowed = RELATION_ENDPOINTS[fact.type][end];
  if (allowed.includes(kind)) return null;
  return `a ${fact.type} fact cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} (${fact[end]}); allowed: ${allowed.join(', ')}`;
}

import { pinyin } from 'pinyin-pro';
import { parseCorpus, sha256 } from '../../src/seed/corpus';
import type { Dataset, DatasetEntity, DatasetFact, ReportRecordInput } from '../../src/seed/dataset';
import type { Provenance } from '../../src/model/provenance';
import { numeralOf, PREAMBLE } from '../../src/model/sections';
import {
  ENTITY_KINDS,
  PARTNERSHIP_KINDS,
  RELATION_TYPES,
  type EntityKind,
  type GroupKind,
  type OrganizationKind,
  type RelationType,
} from '../../src/model/vocabulary';
import {
  BRAND_CHARACTERS,
  CITIES,
  collegeName,
  CONTEST_TYPES,
  EVENT_TYPES,
  GROUP_WORDS,
  METRIC_UNITS,
  ORG_WORDS,
  PARTICIPANT_ROLES,
  PROJECT_TOPICS,
  PROJECT_TYPES,
  personName,
  REGIONS,
  ROLES,
  SKILLS,
  SPORTS,
  tradeName,
} from './pools';
import type { SeedProfile } from './profile';
import { Random } from './random';

/**
 * Synthetic datasets shaped like the report (see profile.ts): many colleges, each with a work
 * report per semester whose text states every entity and fact of it, so that every source is a
 * section, an item and a quote that occurs verbatim in that item. Deterministic: the same
 * options give the same reports, entities and facts, in the same order.
 *
 * Reports come one at a time (a stream), so that a million nodes never sit in memory at once:
 * a report declares the entities it introduces and states facts that may also join entities
 * introduced by earlier reports (the competitions, organisations and trades every college
 * meets, and the college's own people and groups of earlier semesters).
 */

export interface GeneratorOptions {
  nodes: number;
  relsPerNode: number;
  seed: number;
  profile: SeedProfile;
}

/** One semester's report, the entities it introduces and the facts it states. */
export interface ReportBatch {
  report: ReportRecordInput;
  entities: DatasetEntity[];
  facts: DatasetFact[];
}

export const SEMESTERS_PER_COLLEGE = 10;
const FIRST_YEAR = 2016;
/** Sentences per numbered item of a report, about as dense as the report's own items. */
const SENTENCES_PER_ITEM = 8;
const SECTIONS = 10;
const SECTION_TITLES = [
  '“引”——党建引领',
  '“护”——平安校园',
  '“培”——师资培养',
  '“赛”——赛项突破',
  '“质”——质量提升',
  '“采”——风采展示',
  '“润”——人文浸润',
  '“扶”——教育帮扶',
  '“治”——依法治校',
  '“斐”——成绩斐然',
];
const SECTION_TITLES_EN = ['Lead', 'Protect', 'Cultivate', 'Compete', 'Quality', 'Showcase', 'Nourish', 'Assist', 'Govern', 'Brilliant'];

const ID_PREFIX: Record<EntityKind, string> = {
  PERSON: 'person',
  ORGANIZATION: 'org',
  GROUP: 'group',
  COMPETITION: 'competition',
  AWARD: 'award',
  PROJECT: 'project',
  EVENT: 'event',
  METRIC: 'metric',
  TRADE: 'trade',
};
const INTRO: Record<EntityKind, readonly string[]> = {
  PERSON: ['教师', '学生', '选手', '同学'],
  ORGANIZATION: ['携手', '走访', '对接'],
  GROUP: ['依托', '组建'],
  COMPETITION: ['参加', '组织'],
  AWARD: ['获评', '摘得'],
  PROJECT: ['推进', '启动'],
  EVENT: ['举办', '开展'],
  METRIC: ['累计', '共计'],
  TRADE: ['开设', '设立'],
};
const ALIAS_SUFFIX: Partial<Record<EntityKind, string>> = { TRADE: '赛项', COMPETITION: '赛事', PROJECT: '项目', EVENT: '活动' };
/** Kinds whose entities every college meets: a fact may join one introduced by any earlier report. */
const SHARED_KINDS = new Set<EntityKind>(['COMPETITION', 'ORGANIZATION', 'TRADE']);

/** How a report states a fact; the sentence is the fact's quote. */
function factSentence(type: RelationType, from: string, to: string, role: string | undefined): string {
  switch (type) {
    case 'RECEIVED':
      return `${from}荣获${to}`;
    case 'AT':
      return `${to}中评出${from}`;
    case 'COACHED':
      return `${from}指导${to}`;
    case 'AWARDED_BY':
      return `${to}授予${from}`;
    case 'MEMBER_OF':
      return `${from}加入${to}`;
    case 'PART_OF':
      return `${from}隶属${to}`;
    case 'HELD_ROLE':
      return `${to}${role ?? '成员'}${from}`;
    case 'PARTNERED_WITH':
      return `${from}与${to}开展合作`;
    case 'PARTICIPATED_IN':
      return role ? `${from}作为${role}参加${to}` : `${from}参加${to}`;
    case 'HOSTED':
      return `${from}承办${to}`;
    case 'ORGANISED':
      return `${from}组织开展${to}`;
    case 'SPONSORED':
      return `${from}赞助${to}`;
    case 'MEASURES':
      return `${to}共计${from}`;
    case 'MEASURED_IN':
      return `${to}中统计${from}`;
    case 'POSSIBLY_SAME_AS':
      return `${from}或即${to}`;
    case 'SAME_RESULT_AS':
      return `${from}与${to}为同一成绩`;
    case 'IN_TRADE':
      return `${to}赛项${from}`;
    case 'INCLUDES':
      return `${from}设${to}赛项`;
  }
}

const pinyinCache = new Map<string, { marked: string; plain: string; initials: string }>();

/** A person's pinyin and English name, as the dataset reader derives them (src/seed/dataset.ts). */
export function personPinyin(name: string) {
  let cached = pinyinCache.get(name);
  if (!cached) {
    const syllables = pinyin(name, { toneType: 'none', surname: 'head', type: 'array' });
    cached = { marked: pinyin(name, { surname: 'head' }), plain: syllables.join(' '), initials: syllables.map((s) => s[0]).join('') };
    if (pinyinCache.size > 200_000) pinyinCache.clear();
    pinyinCache.set(name, cached);
  }
  return cached;
}

function englishPersonName(plain: string): string {
  const [surname = '', ...given] = plain.split(' ');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return given.length > 0 ? `${cap(surname)} ${cap(given.join(''))}` : cap(surname);
}

/** The order kinds come in within a report: the seed's counts, shuffled once, an organisation first (the college). */
function kindSequence(profile: SeedProfile, random: Random): EntityKind[] {
  const kinds = ENTITY_KINDS.flatMap((kind) => Array<EntityKind>(profile.kinds[kind]).fill(kind));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const org = kinds.indexOf('ORGANIZATION');
  if (org > 0) [kinds[0], kinds[org]] = [kinds[org]!, kinds[0]!];
  return kinds;
}

/** A report's text under construction: sentences filed by section and item. */
class ReportText {
  private readonly items: string[][][];

  constructor(
    private readonly random: Random,
    readonly itemsPerSection: number,
  ) {
    this.items = Array.from({ length: SECTIONS }, () => Array.from({ length: itemsPerSection }, () => []));
  }

  /** Files a sentence in a random item and returns where, as a source citing `quote` (part of the sentence). */
  add(sentence: string, quote: string, report: string): Provenance {
    const section = this.random.int(SECTIONS);
    const item = this.random.int(this.itemsPerSection);
    this.items[section]![item]!.push(sentence);
    return { report, section: numeralOf(section + 1), item: item + 1, quote };
  }

  render(title: string): string {
    const lines = [title, '', `本学期，${title.replace(/工作总结$/, '')}各项工作稳步推进，现总结如下:`];
    this.items.forEach((items, s) => {
      lines.push(`${numeralOf(s + 1)}、${SECTION_TITLES[s % SECTION_TITLES.length]}`);
      // Each item opens with a heading, as the report's do: a sentence may start with a number (18数控铣班), which must not read as the item's.
      items.forEach((sentences, i) =>
        lines.push(`${i + 1}.工作推进。${sentences.length > 0 ? sentences.join('；') : '持续推进各项工作'}。`),
      );
    });
    return `${lines.join('\n')}\n`;
  }
}

/**
 * The synthetic graph of `options.nodes` entities and about `relsPerNode` facts per entity, one
 * report at a time. Entity ids are `<kind>/n<number>`, facts `fact/f<number>`, numbered from 0 in
 * the order they are introduced.
 */
export function* generateReports(options: GeneratorOptions): Generator<ReportBatch> {
  const { nodes, relsPerNode, profile } = options;
  const random = new Random(options.seed);
  const sequence = kindSequence(profile, new Random(options.seed ^ 0x5eed));
  const perReport = sequence.length;
  const combos = profile.combos.map(([type, from, to, n]) => [[type, from, to] as const, n] as const);
  const comboTotal = combos.reduce((sum, [, n]) => sum + n, 0);
  const kindIndex = new Map(ENTITY_KINDS.map((k, i) => [k, i]));
  const typeIndex = new Map(RELATION_TYPES.map((t, i) => [t, i]));

  const names: string[] = new Array<string>(nodes);
  const kindOf = new Uint8Array(nodes);
  const hasParent = new Uint8Array(nodes);
  const shared: Record<string, number[]> = { COMPETITION: [], ORGANIZATION: [], TRADE: [] };
  /** type, from and to of every fact so far, as one number: a fact is stated once. */
  const stated = new Set<number>();
  let entityCount = 0;
  let factCount = 0;
  let tradeCount = 0;

  for (let college = 0; entityCount < nodes; college++) {
    const collegeTitle = collegeName(college);
    const pool: number[][] = ENTITY_KINDS.map(() => []);
    for (let semester = 0; semester < SEMESTERS_PER_COLLEGE && entityCount < nodes; semester++) {
      const year = FIRST_YEAR + Math.floor(semester / 2);
      const half = semester % 2 === 0 ? '一' : '二';
      const slug = `c${college}-${year}-s${semester % 2 === 0 ? 1 : 2}`;
      const reportId = `report/${slug}`;
      const title = `${collegeTitle}${year}学年第${half}学期工作总结`;
      const count = Math.min(perReport, nodes - entityCount);
      const budget = Math.round(count * relsPerNode);
      const itemsPerSection = Math.max(1, Math.min(99, Math.ceil((count * 1.2 + budget) / SECTIONS / SENTENCES_PER_ITEM)));
      const text = new ReportText(random, itemsPerSection);
      const fresh: number[][] = ENTITY_KINDS.map(() => []);
      const entities: DatasetEntity[] = [];
      const facts: DatasetFact[] = [];
      const files = [`reports/${slug}/entries.yaml`];
      const file = files[0]!;

      const cite = (sentence: string, quote = sentence) => text.add(sentence, quote, reportId);

      for (let i = 0; i < count; i++) {
        const n = entityCount++;
        let kind = sequence[i]!;
        const isCollege = semester === 0 && i === 0 && kind === 'ORGANIZATION';
        const entity = makeEntity(kind, n, { random, profile, year, collegeTitle, isCollege, tradeNumber: () => tradeCount++ });
        kind = entity.kind;
        names[n] = entity.name;
        kindOf[n] = kindIndex.get(kind)!;
        const sources: Provenance[] = isCollege
          ? [{ report: reportId, section: PREAMBLE, item: null, quote: entity.name }]
          : [cite(`${random.pick(INTRO[kind])}${entity.name}`)];
        if (random.chance(profile.entitiesWithMoreSources)) sources.push(cite(`${entity.name}表现突出`));
        const aliasSuffix = ALIAS_SUFFIX[kind];
        if (aliasSuffix && random.chance(0.15)) {
          const alias = `${entity.name}${aliasSuffix}`;
          entity.aliases = [alias];
          sources.push(cite(`其中${alias}备受关注`, alias));
        }
        entity.sources = sources;
        entity.files = files;
        entities.push(entity);
        fresh[kindIndex.get(kind)!]!.push(n);
        pool[kindIndex.get(kind)!]!.push(n);
        if (SHARED_KINDS.has(kind) && !isCollege) shared[kind]!.push(n);
      }

      /** An entity of `kind` for an end of a fact: one this report introduces, one of the college's earlier ones, or a shared one. */
      const endpoint = (kind: EntityKind): number | undefined => {
        const k = kindIndex.get(kind)!;
        const everyone = shared[kind];
        if (everyone && everyone.length > 0 && random.chance(0.5)) return everyone[random.skewed(everyone.length, 2)];
        const mine = pool[k]!;
        if (mine.length > 0 && (fresh[k]!.length === 0 || random.chance(0.3))) return mine[random.skewed(mine.length, 2)];
        const now = fresh[k]!;
        if (now.length > 0) return now[random.int(now.length)];
        return everyone && everyone.length > 0 ? everyone[random.skewed(everyone.length, 2)] : undefined;
      };
      const key = (type: RelationType, from: number, to: number) => (typeIndex.get(type)! * 2 ** 23 + from) * 2 ** 23 + to;
      const addFact = (type: RelationType, from: number, to: number, fields: Partial<DatasetFact> = {}) => {
        const role = fields.role;
        const sentence = factSentence(type, names[from]!, names[to]!, role);
        const sources = [cite(sentence)];
        if (random.chance(profile.factsWithMoreSources)) sources.push(cite(sentence));
        facts.push({ id: `fact/f${factCount++}`, type, from: idOf(from), to: idOf(to), ...fields, sources, ended: [], file });
        stated.add(key(type, from, to));
      };
      const idOf = (n: number) => `${ID_PREFIX[ENTITY_KINDS[kindOf[n]!]!]}/n${n}`;

      // An award won in a trade names the trade as its discipline (the loader checks they agree).
      for (const entity of entities) {
        if (entity.kind !== 'AWARD' || !random.chance(profile.tradeShareOfAwards)) continue;
        const trade = endpoint('TRADE');
        if (trade === undefined) continue;
        entity.discipline = names[trade]!;
        addFact('IN_TRADE', Number(entity.id.slice(entity.id.indexOf('/n') + 2)), trade);
      }

      const wanted = Math.max(0, budget - facts.length);
      for (let f = 0; f < wanted; f++) {
        for (let attempt = 0; attempt < 8; attempt++) {
          const [type, fromKind, toKind] = random.weighted(combos, comboTotal);
          const from = endpoint(fromKind);
          const to = endpoint(toKind);
          if (from === undefined || to === undefined || from === to || stated.has(key(type, from, to))) continue;
          // One parent each, and older parents: the hierarchy has no cycles, as in the report.
          if (type === 'PART_OF' && (hasParent[from] || to > from)) continue;
          if (type === 'PART_OF') hasParent[from] = 1;
          const fields: Partial<DatasetFact> = {};
          const roleShare = profile.roleShare[type] ?? 0;
          if (roleShare > 0 && random.chance(roleShare)) {
            const [role, roleEn] = random.pick(type === 'HELD_ROLE' ? ROLES : PARTICIPANT_ROLES);
            fields.role = role;
            fields.roleEn = roleEn;
          }
          if (type === 'PARTNERED_WITH') fields.partnershipKind = random.pick(PARTNERSHIP_KINDS);
          addFact(type, from, to, fields);
          break;
        }
      }

      const reportText = text.render(title);
      const report: ReportRecordInput = {
        id: reportId,
        title,
        titleEn: `Work Report of College ${college}, ${half === '一' ? 'First' : 'Second'} Semester of the ${year} School Year`,
        period: `${year}-${year + 1} school year, ${half === '一' ? 'first' : 'second'} semester`,
        semester: `${year}-${half === '一' ? 1 : 2}`,
        text: 'report.txt',
        sha256: sha256(reportText),
        sectionTitlesEn: Object.fromEntries(SECTION_TITLES_EN.map((gloss, s) => [numeralOf(s + 1), gloss])),
        folder: slug,
        corpus: parseCorpus(reportText),
      };
      yield { report, entities, facts };
    }
  }
}

interface EntityContext {
  random: Random;
  profile: SeedProfile;
  year: number;
  collegeTitle: string;
  isCollege: boolean;
  tradeNumber: () => number;
}

const twoOf = (random: Random, pool: readonly string[]) => random.pick(pool) + random.pick(pool);
const MONTHS = ['01', '03', '04', '05', '06', '09', '10', '11', '12'];

/** One entity of `kind` (its sources are filled in by the caller). */
function makeEntity(kind: EntityKind, n: number, ctx: EntityContext): DatasetEntity {
  const { random, profile, year } = ctx;
  const id = `${ID_PREFIX[kind]}/n${n}`;
  const base = { id, aliases: [] as string[], sources: [] as Provenance[], files: [] as string[] };
  const date = `${year}-${random.pick(MONTHS)}`;
  switch (kind) {
    case 'PERSON': {
      const name = personName(random);
      const py = personPinyin(name);
      return { ...base, kind, name, nameEn: englishPersonName(py.plain), pinyin: py };
    }
    case 'ORGANIZATION': {
      if (ctx.isCollege) return { ...base, kind, name: ctx.collegeTitle, nameEn: `College ${n}`, orgKind: 'COLLEGE' };
      const orgKind = random.weighted(profile.orgKinds) as OrganizationKind;
      const city = random.pick(CITIES);
      const words = ORG_WORDS[orgKind] ?? ORG_WORDS.OTHER!;
      const name =
        orgKind === 'COMPANY' || orgKind === 'SCHOOL' || orgKind === 'ASSOCIATION'
          ? `${city}${twoOf(random, BRAND_CHARACTERS)}${random.pick(words)}`
          : orgKind === 'MEDIA' && random.chance(0.3)
            ? random.pick(ORG_WORDS.MEDIA_NATIONAL!)
            : `${city}${random.pick(words)}`;
      return { ...base, kind, name, nameEn: `Organisation ${n}`, orgKind };
    }
    case 'GROUP': {
      const groupKind = random.weighted(profile.groupKinds) as GroupKind;
      const word = random.pick(GROUP_WORDS[groupKind] ?? GROUP_WORDS.OTHER!);
      const skill = random.pick(SKILLS);
      const name =
        groupKind === 'CLASS'
          ? `${String(year - 2000 - random.int(3)).padStart(2, '0')}${skill}${word}`
          : groupKind === 'PARTY_BRANCH'
            ? `第${numeralOf(1 + random.int(9))}${word}`
            : groupKind === 'STUDIO'
              ? `${personName(random)}${skill}${word}`
              : groupKind === 'COHORT'
                ? `${year}${word}`
                : groupKind === 'PARTY_COMMITTEE' || groupKind === 'OTHER'
                  ? word
                  : `${skill}${word}`;
      return { ...base, kind, name, nameEn: `Group ${n}`, groupKind };
    }
    case 'COMPETITION': {
      const [region, level] = random.pick(REGIONS);
      const edition = random.chance(0.3) ? `第${numeralOf(1 + random.int(20))}届` : undefined;
      const topic = random.chance(0.6) ? random.pick(SKILLS) : '';
      const name = `${region}${edition ?? `${year}年`}${topic}${random.pick(CONTEST_TYPES)}`;
      return { ...base, kind, name, nameEn: `Competition ${n}`, level, date, ...(edition ? { edition } : {}) };
    }
    case 'AWARD': {
      const rank = random.weighted(profile.awardRanks);
      const rankText = random.pick(profile.rankTexts[rank] ?? ['优秀奖']);
      const level = random.weighted(profile.awardLevels);
      const name = random.chance(0.5) ? rankText : `${random.pick([...SKILLS, ...PROJECT_TOPICS])}${rankText}`;
      const sport = random.chance(0.05) ? random.pick(SPORTS) : undefined;
      return {
        ...base,
        kind,
        name,
        nameEn: `Award ${n}`,
        rank,
        rankText,
        date,
        ...(level ? { level } : {}),
        ...(sport ? { discipline: sport } : {}),
      };
    }
    case 'PROJECT': {
      const name = `“${twoOf(random, BRAND_CHARACTERS)}”${random.pick(PROJECT_TOPICS)}${random.pick(PROJECT_TYPES)}`;
      return {
        ...base,
        kind,
        name,
        nameEn: `Project ${n}`,
        status: random.pick(['APPROVED', 'IN_PROGRESS', 'COMPLETED'] as const),
        level: random.pick(['SCHOOL', 'MUNICIPAL', 'PROVINCIAL'] as const),
      };
    }
    case 'EVENT': {
      const name = `${random.pick([...SKILLS, ...PROJECT_TOPICS])}${random.pick(EVENT_TYPES)}`;
      return { ...base, kind, name, nameEn: `Event ${n}`, level: random.pick(['SCHOOL', 'MUNICIPAL', 'PROVINCIAL'] as const), date };
    }
    case 'METRIC': {
      const [unit, unitEn] = random.pick(METRIC_UNITS);
      const value = 2 + random.int(random.chance(0.5) ? 50 : 3000);
      const lowerBound = random.chance(0.4);
      return {
        ...base,
        kind,
        name: `${value}${lowerBound ? '余' : ''}${unit}`,
        nameEn: `Metric ${n}`,
        value,
        unit,
        unitEn,
        ...(lowerBound ? { lowerBound } : {}),
      };
    }
    case 'TRADE':
      return { ...base, kind, name: tradeName(ctx.tradeNumber()), nameEn: `Trade ${n}` };
  }
}

/** Consecutive reports grouped into datasets of at least `entities` entities each (the last may be smaller). */
export function* shards(reports: Iterable<ReportBatch>, entities: number): Generator<Dataset> {
  let current: Dataset = { reports: [], entities: [], facts: [], series: [] };
  for (const batch of reports) {
    current.reports.push(batch.report);
    current.entities.push(...batch.entities);
    current.facts.push(...batch.facts);
    if (current.entities.length >= entities) {
      yield current;
      current = { reports: [], entities: [], facts: [], series: [] };
    }
  }
  if (current.reports.length > 0) yield current;
}

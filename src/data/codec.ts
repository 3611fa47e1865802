import { createHash } from 'node:crypto';
import { ENTITY_FIELDS } from '../model/entityFields';
import { fromEndProperties, fromProvenanceProperties, toEndProperties, toProvenanceProperties, type Provenance } from '../model/provenance';
import {
  levelRank,
  rankOrder,
  RELATION_TYPES,
  type AwardRank,
  type ClaimRank,
  type EntityKind,
  type Level,
  type PartnershipKind,
  type RelationType,
} from '../model/vocabulary';
import { distinctKeys, keyedText, looseNameKey, nameKey } from '../model/names';
import type { EntityRecord, RelationRecord, ReportRecord } from './model';

/**
 * The storage codec: the only module that knows how entities, facts and reports are kept in
 * Neo4j properties, in both directions. The seed writer, curation, reads and export all go
 * through it, so a new field or a new derived property is added here once.
 *
 * Neo4j properties hold scalars and lists of scalars only: sources become parallel lists (see
 * model/provenance.ts), and a few derived properties exist only to serve indexes and sort keys.
 */

export type Props = Record<string, unknown>;

/** An entity as curated data states it, whoever produced it (a dataset file or a curator's edit). */
export interface EntityValue {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string;
  aliases: string[];
  note?: string;
  sources: Provenance[];
  /** People only: tone-marked pinyin, toneless pinyin and initials of the name. */
  pinyin?: { marked: string; plain: string; initials: string };
  level?: Level;
  rank?: AwardRank;
  /** The kind's own scalar fields (orgKind, rankText, date, value, …) are stored as they are. */
  [field: string]: unknown;
}

/**
 * Fields the codec derives for a kind and the API serves as they are, by kind (records take
 * their types from here): a person's pinyin, computed from the name when the dataset is read.
 */
export interface DerivedEntityFields {
  PERSON: { pinyin: string; pinyinPlain: string; pinyinInitials: string };
}

/** Optional fields a fact may carry besides its type, ends and sources. */
export const FACT_FIELDS = [
  'role',
  'roleEn',
  'partnershipKind',
  'date',
  'outcome',
  'count',
  'countUnit',
  'period',
  'note',
  'contradicts',
  'rank',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

export interface FactValue {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  role?: string;
  roleEn?: string;
  partnershipKind?: PartnershipKind;
  date?: string;
  outcome?: string;
  count?: number;
  countUnit?: string;
  period?: string;
  note?: string;
  /** The fact this one competes with (same type and ends, stated differently). */
  contradicts?: string;
  /** A curator's rank among competing claims (model/claims.ts derives it otherwise). */
  rank?: ClaimRank;
  sources: Provenance[];
  /** Quotes saying the fact ended. */
  ended?: Provenance[];
}

export interface ReportValue {
  id: string;
  title: string;
  titleEn: string;
  period: string;
  /** 2020-1: the school year and semester, which orders reports in time. */
  semester: string;
  sha256: string;
  text: string;
  /** English glosses of section titles, by the heading's numeral. */
  sectionTitlesEn?: Record<string, string>;
}

/**
 * The full-text index over entities and the (partly derived) properties it reads: every
 * entity's names, and the award fields people type (团体二等奖, 职工组, 商品展示技术). Any kind
 * with the Entity label is covered, whatever its own fields.
 */
export const SEARCH_INDEX = 'entity_search_v3';
export const SEARCH_PROPERTIES = ['name', 'nameEn', 'aliasText', 'pinyinText', 'rankText', 'category', 'discipline'] as const;
/**
 * The lookup index (entitiesByName): the aliases and the lookup keys as whole values, one Lucene
 * term per list element (keyword analyzer). Membership in a list property has no range or text
 * index in Neo4j 5; a full-text index takes string lists, so a lookup seeks instead of reading
 * every entity. Its hits are candidates: the exact list membership is checked on them again.
 */
export const LOOKUP_INDEX = 'entity_lookup_v1';
export const LOOKUP_PROPERTIES = ['aliases', 'nameKeys', 'looseKeys'] as const;
/** Searchable fields of an entity besides its names, each with the SearchField that reports it. */
export const SEARCHED_FIELDS = { rankText: 'RANK_TEXT', category: 'CATEGORY', discipline: 'DISCIPLINE' } as const;
/**
 * The full-text index over the roles facts state (法治副校长 finds the person who holds it), on
 * every relationship type. Its name carries a digest of the types, so that a new type gets a new
 * index (the schema set-up drops the older ones).
 */
export const ROLE_SEARCH_PROPERTIES = ['role', 'roleEn'] as const;
export const ROLE_SEARCH_INDEX_PREFIX = 'fact_role_search_';
export const ROLE_SEARCH_INDEX = `${ROLE_SEARCH_INDEX_PREFIX}${createHash('sha256')
  .update([...RELATION_TYPES, '/', ...ROLE_SEARCH_PROPERTIES].join(' '))
  .digest('hex')
  .slice(0, 10)}`;

/** Properties that exist for indexes and sort keys; recomputed on every write, never read back as fields. */
const DERIVED_PROPERTIES = [
  'aliasText',
  'pinyin',
  'pinyinPlain',
  'pinyinInitials',
  'pinyinText',
  'levelRank',
  'rankOrder',
  'nameKeys',
  'looseKeys',
  'searchText',
];
/** Derived properties the API does not serve (a person's pinyin it does). */
const INDEX_ONLY_PROPERTIES = ['aliasText', 'pinyinText', 'levelRank', 'rankOrder', 'nameKeys', 'looseKeys', 'searchText'];

/** A person's pinyin as people type it: syllables, run together, initials, the given name alone. */
function pinyinForms(plain: string, initials: string): string[] {
  const [, ...given] = plain.split(' ');
  return [plain, plain.replace(/ /g, ''), initials, given.join('')];
}

/**
 * Lookup and search keys (model/names.ts): `nameKeys` and `looseKeys` of the name and aliases
 * for exact lookup, and `searchText`, every searchable field as one text, for ranking.
 */
function nameProperties(entity: EntityValue): Props {
  const names = [entity.name, ...entity.aliases];
  const others = Object.keys(SEARCHED_FIELDS).map((field) => entity[field]);
  const texts = [...names, entity.nameEn, ...(entity.pinyin ? pinyinForms(entity.pinyin.plain, entity.pinyin.initials) : [])];
  return {
    nameKeys: distinctKeys(names, nameKey),
    looseKeys: distinctKeys(names, looseNameKey),
    searchText: ` | ${keyedText([...texts, ...others.filter((v): v is string => typeof v === 'string')])}`,
  };
}
const PROVENANCE_PROPERTIES = ['srcReport', 'srcSection', 'srcItem', 'srcQuote'];
const END_PROPERTIES = ['endReport', 'endSection', 'endItem', 'endQuote'];
/** Fact fields served from the reports and their order (model/claims.ts): what each needs stored. */
const CLAIM_FIELDS: Record<string, readonly string[]> = {
  statedIn: PROVENANCE_PROPERTIES,
  rank: [...PROVENANCE_PROPERTIES, ...END_PROPERTIES, 'rank', 'contradicts'],
  validFrom: PROVENANCE_PROPERTIES,
  validUntil: END_PROPERTIES,
  current: END_PROPERTIES,
  ended: END_PROPERTIES,
  competing: ['contradicts'],
};

/**
 * Stored properties an entity record does not carry under their own name, and the nested lists a
 * projection adds (data/entities.ts renames those to response keys).
 */
const NOT_SERVED_AS_IS = new Set<string>([...PROVENANCE_PROPERTIES, ...INDEX_ONLY_PROPERTIES, '__relations']);

const without = (props: Props, keys: readonly string[]): Props =>
  Object.fromEntries(Object.entries(props).filter(([key]) => !keys.includes(key)));

/** Every record field of an entity that is stored under its own name. */
const STORED_ENTITY_FIELDS = new Set<string>([
  'id',
  'kind',
  'name',
  'nameEn',
  'aliases',
  'note',
  'pinyin',
  'pinyinPlain',
  'pinyinInitials',
  ...Object.values(ENTITY_FIELDS).flatMap((fields) => Object.keys(fields)),
]);

/**
 * The node properties a read must fetch to serve these record fields (GraphQL field names of the
 * schema's entity types; anything else, such as relationship fields, needs none). The id and
 * kind always come: ids key pages and paths, the kind decides the GraphQL type.
 */
export function entityPropertiesFor(fields: Iterable<string>): string[] {
  const wanted = new Set(['id', 'kind']);
  for (const field of fields) {
    if (field === 'sources') PROVENANCE_PROPERTIES.forEach((p) => wanted.add(p));
    else if (STORED_ENTITY_FIELDS.has(field)) wanted.add(field);
  }
  return [...wanted];
}

/** The relationship properties a read must fetch to serve these fields of a fact (the id always). */
export function factPropertiesFor(fields: Iterable<string>): string[] {
  const wanted = new Set(['id']);
  for (const field of fields) {
    if (field === 'sources') PROVENANCE_PROPERTIES.forEach((p) => wanted.add(p));
    else if ((FACT_FIELDS as readonly string[]).includes(field)) wanted.add(field);
    else CLAIM_FIELDS[field]?.forEach((p) => wanted.add(p));
  }
  return [...wanted];
}

/** The node's properties: scalar fields as given, derived sort and search keys, provenance as parallel lists. */
export function entityToProperties(entity: EntityValue): Props {
  const { sources, aliases, pinyin, ...fields } = entity;
  const props: Props = {
    ...fields,
    aliases,
    // The full-text index reads strings, not lists.
    aliasText: aliases.join(' '),
    ...nameProperties(entity),
    ...toProvenanceProperties(sources),
  };
  if (pinyin) {
    props.pinyin = pinyin.marked;
    props.pinyinPlain = pinyin.plain;
    props.pinyinInitials = pinyin.initials;
    // What the search index reads: syllables, the name as one word, initials, the given name.
    props.pinyinText = pinyinForms(pinyin.plain, pinyin.initials).join(' ');
  }
  if (entity.level) props.levelRank = levelRank(entity.level);
  if (entity.rank) props.rankOrder = rankOrder(entity.rank);
  return props;
}

/** The record the API serves: every stored field (pinyin included), sources as a list, no index helpers. */
export function entityFromProperties(props: Props): EntityRecord {
  // One pass that only adds keys: this runs for every node of every answer, and copying through
  // entries arrays and deleting keys afterwards showed in CPU profiles of list reads.
  const record: Props = { note: null, aliases: [] };
  for (const key in props) {
    const value = props[key];
    // A selective read returns null for a selected property the node lacks; the defaults stand then.
    if (value !== null && !NOT_SERVED_AS_IS.has(key)) record[key] = value;
  }
  record.sources = fromProvenanceProperties(props);
  return record as unknown as EntityRecord;
}

/** The entity as curated data would state it again (what export writes): derived properties dropped. */
export function entityValueFromProperties(props: Props): EntityValue {
  const fields = without(props, [...DERIVED_PROPERTIES, ...PROVENANCE_PROPERTIES]);
  if (fields.note === null || fields.note === undefined) delete fields.note;
  const value = { ...fields, aliases: (props.aliases as string[] | undefined) ?? [], sources: fromProvenanceProperties(props) };
  return value as EntityValue;
}

/**
 * The entity as stored, with what the codec derives its keys from (a person's pinyin included):
 * a change to a stored entity goes through this and entityToProperties again, so that its
 * derived keys follow.
 */
export function storedEntityValue(props: Props): EntityValue {
  const value = entityValueFromProperties(props);
  if (typeof props.pinyin === 'string') {
    value.pinyin = { marked: props.pinyin, plain: props.pinyinPlain as string, initials: props.pinyinInitials as string };
  }
  return value;
}

/**
 * The relationship's properties: its id, the fact's fields, provenance as parallel lists, and
 * for a role the searchable `roleText` (role and roleEn as model/names.ts keyedText), which a
 * search adds to the searchable text of the entity holding the role.
 */
export function factToProperties(fact: FactValue): Props {
  const props: Props = { id: fact.id };
  for (const field of FACT_FIELDS) if (fact[field] !== undefined) props[field] = fact[field];
  const roles = ROLE_SEARCH_PROPERTIES.map((field) => fact[field]).filter((v): v is string => !!v);
  if (roles.length > 0) props.roleText = keyedText(roles);
  return { ...props, ...toProvenanceProperties(fact.sources), ...toEndProperties(fact.ended ?? []) };
}

/** A fact's fields as the API serves them (absent ones null), without its ends or point of view. */
export type FactRecord = Pick<RelationRecord, 'id' | FactField | 'sources' | 'ended'>;

export function factFromProperties(props: Props): FactRecord {
  const record = { id: props.id as string, sources: fromProvenanceProperties(props), ended: fromEndProperties(props) } as FactRecord;
  for (const field of FACT_FIELDS) (record as Props)[field] = props[field] ?? null;
  return record;
}

/** The fact as curated data would state it again (what export writes). */
export function factValueFromProperties(type: RelationType, from: string, to: string, props: Props): FactValue {
  const value: Props = { id: props.id, type, from, to };
  for (const field of FACT_FIELDS) if (props[field] !== null && props[field] !== undefined) value[field] = props[field];
  const ended = fromEndProperties(props);
  return { ...(value as Omit<FactValue, 'sources'>), sources: fromProvenanceProperties(props), ...(ended.length > 0 ? { ended } : {}) };
}

/** A metric series as the dataset declares it (seed/format.ts); its points are the metrics naming its key. */
export interface SeriesValue {
  key: string;
  name: string;
  nameEn: string;
  unit?: string;
  unitEn?: string;
  /** The id of the entity the quantity is of. */
  scope: string;
  note?: string;
}

const SERIES_FIELDS = ['key', 'name', 'nameEn', 'unit', 'unitEn', 'scope', 'note'] as const;

/** A series' node (label Series): its declared fields, absent ones left out. */
export function seriesToProperties(series: SeriesValue): Props {
  const props: Props = {};
  for (const field of SERIES_FIELDS) if (series[field] !== undefined) props[field] = series[field];
  return props;
}

/** The series as the dataset would declare it again (what export writes). */
export function seriesValueFromProperties(props: Props): SeriesValue {
  const value: Props = {};
  for (const field of SERIES_FIELDS) if (props[field] !== null && props[field] !== undefined) value[field] = props[field];
  return value as unknown as SeriesValue;
}

/** A report's node: its manifest's fields and its text; section glosses as two parallel lists. */
export function reportToProperties(report: ReportValue): Props {
  const props: Props = {
    id: report.id,
    title: report.title,
    titleEn: report.titleEn,
    period: report.period,
    semester: report.semester,
    sha256: report.sha256,
    text: report.text,
  };
  const glosses = Object.entries(report.sectionTitlesEn ?? {});
  if (glosses.length > 0) {
    props.sectionTitleEnHeadings = glosses.map(([heading]) => heading);
    props.sectionTitlesEn = glosses.map(([, gloss]) => gloss);
  }
  return props;
}

/** The report as the API serves it (the text only when it was read). */
export function reportFromProperties(props: Props): ReportRecord {
  const headings = (props.sectionTitleEnHeadings as string[] | null | undefined) ?? [];
  const glosses = (props.sectionTitlesEn as string[] | null | undefined) ?? [];
  return {
    id: props.id as string,
    title: props.title as string,
    titleEn: props.titleEn as string,
    period: props.period as string,
    semester: props.semester as string,
    sha256: props.sha256 as string,
    ...(typeof props.text === 'string' ? { text: props.text } : {}),
    sectionTitlesEn: Object.fromEntries(headings.map((heading, i) => [heading, glosses[i] ?? ''])),
  };
}

import type { EntityFieldValues } from '../model/entityFields';
import type { Provenance } from '../model/provenance';
import type { ClaimRank, EntityKind, PartnershipKind, RelationType } from '../model/vocabulary';

/** A claim competing with a fact: what ranking it needs. */
export interface CompetingClaim {
  id: string;
  srcReport: string[];
  rank: ClaimRank | null;
}

/** The moment a read answers as of: the reports known then (ids), as the root field resolved it. */
export interface AsOf {
  /** What the client gave: a report id or a semester. */
  value: string;
  known: string[];
}
import type { DerivedEntityFields } from './codec';

/** Plain objects returned by the data-access layer; codegen maps schema types onto them. */

interface EntityRecordBase {
  id: string;
  kind: EntityKind;
  name: string;
  nameEn: string;
  aliases: string[];
  note: string | null;
  sources: Provenance[];
  /** Relation lists fetched with the entity, keyed by the response key of each `relations` field. */
  __relations?: Record<string, RelationRecord[]>;
}

/** A field an entry may leave out is null in the record, as GraphQL serves it. */
type Served<T> = { [F in keyof T]-?: undefined extends T[F] ? Exclude<T[F], undefined> | null : T[F] };
type Flat<T> = { [F in keyof T]: T[F] };

/**
 * The record of an entity of kind K, as reads return it: the fields every entity has, the kind's
 * own fields (model/entityFields.ts) and those the codec derives for it (data/codec.ts). Nothing
 * here is written per kind: a new kind gets its record from its fields. Without K, any entity.
 */
export type EntityRecord<K extends EntityKind = EntityKind> = K extends EntityKind
  ? Flat<Omit<EntityRecordBase, 'kind'> & { kind: K } & Omit<Served<EntityFieldValues<K>>, keyof EntityRecordBase> & DerivedFieldsOf<K>>
  : never;

type DerivedFieldsOf<K extends EntityKind> = K extends keyof DerivedEntityFields ? DerivedEntityFields[K] : unknown;

export interface RelationRecord {
  id: string;
  type: RelationType;
  direction: 'OUTGOING' | 'INCOMING';
  other: EntityRecord;
  role: string | null;
  roleEn: string | null;
  partnershipKind: PartnershipKind | null;
  date: string | null;
  outcome: string | null;
  count: number | null;
  countUnit: string | null;
  period: string | null;
  note: string | null;
  /** The fact this one competes with, as stored (see model/claims.ts). */
  contradicts: string | null;
  /** A curator's rank, as stored; the API serves the derived one (model/claims.ts). */
  rank: ClaimRank | null;
  sources: Provenance[];
  /** Quotes saying the fact ended. */
  ended: Provenance[];
  /** The claims this one competes with (fetched only when its rank is selected). */
  competing?: CompetingClaim[];
  /** The moment the root field answers as of (model/claims.ts); absent: now. */
  asOf?: AsOf;
  /** Listed with includeParts: the part of the entity the fact belongs to (null: the entity's own). */
  viaPart?: string | null;
}

/** A fact as the `facts` root field lists it: for itself, with both ends rather than a point of view. */
export type RootFactRecord = Omit<RelationRecord, 'direction' | 'other'> & { from: EntityRecord; to: EntityRecord };

export interface ReportRecord {
  id: string;
  title: string;
  titleEn: string;
  period: string;
  /** 2020-1: the school year and semester. */
  semester: string;
  sha256: string;
  /** The text as imported, read only when the request selects its sections. */
  text?: string;
  /** English glosses of section titles, by the heading's numeral. */
  sectionTitlesEn: Record<string, string>;
}

/** A section of a report as the API serves it (see model/reportText.ts). */
export interface ReportSectionRecord {
  number: number;
  /** 前言 or the heading's numeral, as sources cite it. */
  heading: string;
  title: string | null;
  titleEn: string | null;
  text: string;
  items: { number: number; text: string }[];
}

export interface KindCountRecord {
  kind: EntityKind;
  entityCount: number;
}

export interface GraphSummaryRecord {
  entityCounts: KindCountRecord[];
  entityCount: number;
  relationshipCount: number;
  reports: ReportRecord[];
}

export interface EntityPage {
  items: EntityRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

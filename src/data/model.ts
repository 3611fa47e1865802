import type { Provenance } from '../model/provenance';
import type {
  AwardRank,
  EntityKind,
  GroupKind,
  Level,
  OrganizationKind,
  PartnershipKind,
  ProjectStatus,
  RelationType,
} from '../model/vocabulary';

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

export interface PersonRecord extends EntityRecordBase {
  kind: 'PERSON';
  pinyin: string;
  pinyinPlain: string;
  pinyinInitials: string;
}
export interface OrganizationRecord extends EntityRecordBase {
  kind: 'ORGANIZATION';
  orgKind: OrganizationKind;
}
export interface GroupRecord extends EntityRecordBase {
  kind: 'GROUP';
  groupKind: GroupKind;
}
export interface CompetitionRecord extends EntityRecordBase {
  kind: 'COMPETITION';
  edition: string | null;
  level: Level | null;
  date: string | null;
  period: string | null;
  place: string | null;
}
export interface AwardRecord extends EntityRecordBase {
  kind: 'AWARD';
  rank: AwardRank;
  rankText: string;
  level: Level | null;
  date: string | null;
  period: string | null;
  discipline: string | null;
  category: string | null;
}
export interface ProjectRecord extends EntityRecordBase {
  kind: 'PROJECT';
  status: ProjectStatus | null;
  level: Level | null;
  date: string | null;
  period: string | null;
}
export interface EventRecord extends EntityRecordBase {
  kind: 'EVENT';
  level: Level | null;
  date: string | null;
  period: string | null;
  place: string | null;
}
export interface MetricRecord extends EntityRecordBase {
  kind: 'METRIC';
  value: number;
  unit: string | null;
  unitEn: string | null;
  lowerBound: boolean | null;
  date: string | null;
  period: string | null;
}

export type EntityRecord =
  PersonRecord | OrganizationRecord | GroupRecord | CompetitionRecord | AwardRecord | ProjectRecord | EventRecord | MetricRecord;

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
  sources: Provenance[];
}

export interface ReportRecord {
  id: string;
  title: string;
  titleEn: string;
  period: string;
  sha256: string;
}

export interface GraphSummaryRecord {
  entityCounts: { kind: EntityKind; count: number }[];
  entityTotal: number;
  relationshipTotal: number;
  reports: ReportRecord[];
}

export interface EntityPage {
  items: EntityRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

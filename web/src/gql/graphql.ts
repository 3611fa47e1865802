/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Conditions on awards. All given conditions must hold. */
export type AwardFilter = {
  /** All of these filters hold. */
  and?: Array<AwardFilter> | null | undefined;
  /**
   * Conferred by this organisation (AWARDED_BY), by id, e.g. org/ningbo-party-committee. With
   * `includeParts`, also by the bodies that are part of it.
   */
  awardedBy?: string | number | null | undefined;
  /** Won at this competition (or evaluation, event, project), by id. */
  competition?: string | number | null | undefined;
  /** Won at the competition with this exact name or alias, e.g. 中华人民共和国第一届职业技能大赛. */
  competitionName?: string | null | undefined;
  /**
   * Dated on or after this date: YYYY, YYYY-MM or YYYY-MM-DD, a partial date meaning its first day
   * (2020-10 → 2020-10-01). Dates in the report are often partial (2020, 2020-12) and count when any
   * day they stand for is in range. Impossible dates are refused.
   */
  dateFrom?: string | null | undefined;
  /** Dated on or before this date (same format; a partial date means its last day: 2020 → 2020-12-31). */
  dateTo?: string | null | undefined;
  /**
   * With `competition`, `competitionName` or `awardedBy`: also awards won at the parts of that
   * competition or event (its selection rounds, sub-events: whatever is PART_OF it, up to 4 levels
   * down), or conferred by the parts of that body. Default false: exactly the one named.
   */
  includeParts?: boolean | null | undefined;
  /** Exactly this level. */
  level?: Level | null | undefined;
  /** This level or higher, e.g. PROVINCIAL for provincial, national and international awards. */
  levelAtLeast?: Level | null | undefined;
  /** This level or lower. */
  levelAtMost?: Level | null | undefined;
  /** This filter does not hold. */
  not?: AwardFilter | null | undefined;
  /** At least one of these filters holds. */
  or?: Array<AwardFilter> | null | undefined;
  /** Any of these ranks. */
  rank?: Array<AwardRank> | null | undefined;
  /** Received by this entity (a person, group or organisation id). */
  recipient?: string | number | null | undefined;
  /** Received by this kind of recipient. */
  recipientKind?: RecipientKind | null | undefined;
  /** Stated in this section of the report: 0 for the preamble, 1 for 一, 11 for 十一 (`Provenance.sectionNumber`). */
  section?: number | null | undefined;
  /** Won in this trade (赛项), by id, e.g. trade/visual-merchandising. */
  trade?: string | number | null | undefined;
  /** Won in the trade with this exact name or alias, e.g. 商品展示技术. */
  tradeName?: string | null | undefined;
  /** Dated in this calendar year (the same as dateFrom and dateTo both set to the year). */
  year?: number | null | undefined;
};

/** How to order awards. */
export type AwardOrder = {
  /** Ascending or descending. */
  direction?: SortDirection;
  /** The sort key. */
  field: AwardOrderField;
};

/** Sort keys for awards. */
export type AwardOrderField =
  /** Date (undated awards last when descending). */
  | 'DATE'
  /** Level, international highest (awards without a level last when descending). */
  | 'LEVEL'
  /** English name. */
  | 'NAME'
  /** Rank in order of merit: ascending puts gold medals and first prizes first. */
  | 'RANK';

/** Ranks of awards; medals and prizes in order of merit. */
export type AwardRank =
  /** Approved (获批, 立项). */
  | 'APPROVED'
  /** Bronze medal (铜牌). */
  | 'BRONZE_MEDAL'
  /** Champion (冠军). */
  | 'CHAMPION'
  /** Excellence award (优胜奖). */
  | 'EXCELLENCE_AWARD'
  /** Rated excellent in an evaluation (优秀). */
  | 'EXCELLENT_RATING'
  /** First place (第一名). */
  | 'FIRST_PLACE'
  /** First prize (一等奖). */
  | 'FIRST_PRIZE'
  /** Gold medal (金牌). */
  | 'GOLD_MEDAL'
  /** Another stated place, e.g. 全国第六名; the place is in rankText. */
  | 'RANKED'
  /** Runner-up (亚军). */
  | 'RUNNER_UP'
  /** Second place (第二名). */
  | 'SECOND_PLACE'
  /** Second prize (二等奖). */
  | 'SECOND_PRIZE'
  /** Selected or shortlisted (入选, 入围). */
  | 'SELECTED'
  /** Silver medal (银牌). */
  | 'SILVER_MEDAL'
  /** Third prize (三等奖). */
  | 'THIRD_PRIZE'
  /** An honorary title or commendation. */
  | 'TITLE';

/** What a dataset entry describes. */
export type DatasetEntryKind =
  /** An entity (node). */
  | 'ENTITY'
  /** A fact (relationship). */
  | 'FACT';

/** One file of a dataset. */
export type DatasetFileInput = {
  /** The file's text (UTF-8). */
  content: string;
  /** Path inside the dataset: reports/<folder>/<name>.yaml, or the report's text file. */
  path: string;
};

/** Direction of a relationship as seen from the entity that lists it. */
export type Direction =
  /** From the other entity to this one. */
  | 'INCOMING'
  /** From this entity to the other. */
  | 'OUTGOING';

/** The kinds of entity in the graph. */
export type EntityKind =
  /** An award, honour or title given to a person, group or organisation. */
  | 'AWARD'
  /** A competition, contest, selection or evaluation. */
  | 'COMPETITION'
  /** A dated event: a meeting, lecture, visit, exhibition, signing. */
  | 'EVENT'
  /** A group: party branch, teaching group, class, major, department, team, studio. */
  | 'GROUP'
  /** A number the report states (a count, a rate), attached to what it measures. */
  | 'METRIC'
  /** An organisation: the college, schools, universities, government bodies, companies, media. */
  | 'ORGANIZATION'
  /** A named person: teacher, student, official, guest or graduate. */
  | 'PERSON'
  /** A project or programme. */
  | 'PROJECT'
  /** A trade (赛项) of skills competitions, e.g. 商品展示技术, across every competition that includes it. */
  | 'TRADE';

/** Kinds of group. */
export type GroupKind =
  /** A class of students. */
  | 'CLASS'
  /** A cohort, e.g. a year's graduates. */
  | 'COHORT'
  /** A department or office. */
  | 'DEPARTMENT'
  /** A major (专业). */
  | 'MAJOR'
  /** Anything else. */
  | 'OTHER'
  /** A Party branch (党支部). */
  | 'PARTY_BRANCH'
  /** A Party committee (党委). */
  | 'PARTY_COMMITTEE'
  /** A studio or workshop (工作室). */
  | 'STUDIO'
  /** A teaching and research group (教研组). */
  | 'TEACHING_GROUP'
  /** A team, e.g. a teaching team or a national training squad. */
  | 'TEAM';

/** Levels, lowest first: the order supports 'provincial or higher' comparisons. */
export type Level =
  /** A district or county. */
  | 'DISTRICT'
  /** International. */
  | 'INTERNATIONAL'
  /** A city (Ningbo). */
  | 'MUNICIPAL'
  /** The whole country. */
  | 'NATIONAL'
  /** A province (Zhejiang). */
  | 'PROVINCIAL'
  /** Within the college. */
  | 'SCHOOL';

/** Kinds of organisation. */
export type OrganizationKind =
  /** An association, federation or trade body. */
  | 'ASSOCIATION'
  /** The college that wrote the report. */
  | 'COLLEGE'
  /** A company or enterprise. */
  | 'COMPANY'
  /** A government body: ministry, department, bureau, municipal government. */
  | 'GOVERNMENT'
  /** A newspaper, broadcaster or news site. */
  | 'MEDIA'
  /** Anything else. */
  | 'OTHER'
  /** A Communist Party committee. */
  | 'PARTY_COMMITTEE'
  /** A digital platform. */
  | 'PLATFORM'
  /** A procuratorate. */
  | 'PROCURATORATE'
  /** A secondary or vocational school. */
  | 'SCHOOL'
  /** A university or higher vocational college. */
  | 'UNIVERSITY';

/** Kinds of cooperation between organisations. */
export type PartnershipKind =
  /** A person of one organisation appointed to a post at the other. */
  | 'APPOINTMENT'
  /** Integrated secondary–higher vocational education (中高职一体化). */
  | 'INTEGRATED_EDUCATION'
  /** A jointly run programme or class. */
  | 'JOINT_PROGRAMME'
  /** Coverage of the college by a medium. */
  | 'MEDIA_COVERAGE'
  /** Anything else. */
  | 'OTHER'
  /** Paired assistance between schools or regions (结对帮扶). */
  | 'PAIRED_ASSISTANCE'
  /** Integration with a digital platform. */
  | 'PLATFORM_INTEGRATION'
  /** A signed cooperation agreement. */
  | 'SIGNED_AGREEMENT'
  /** Students received from another school. */
  | 'STUDENT_PLACEMENT'
  /** Teachers sent to support another school (支教, 送教). */
  | 'TEACHER_SUPPORT';

/** Status of a project. */
export type ProjectStatus =
  /** Applied for. */
  | 'APPLIED'
  /** Approved (立项, 获批). */
  | 'APPROVED'
  /** Completed. */
  | 'COMPLETED'
  /** Under negotiation; an intention exists. */
  | 'IN_NEGOTIATION'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Rated excellent in an assessment. */
  | 'RATED_EXCELLENT';

/** Kinds of award recipient. */
export type RecipientKind =
  /** The college itself. */
  | 'COLLEGE'
  /** A group: team, class, major, party committee. */
  | 'GROUP'
  /** An organisation. */
  | 'ORGANIZATION'
  /** Any person. */
  | 'PERSON'
  /** A student of the college (a 学生 role or a class membership). */
  | 'STUDENT'
  /** A teacher of the college (a 教师 role). */
  | 'TEACHER';

/** Relationship types of the graph. */
export type RelationType =
  /** An award was won at a competition (or within a project or event). */
  | 'AT'
  /** An award was conferred by an organisation. */
  | 'AWARDED_BY'
  /** A person coached the winner of an award, or a person or group. */
  | 'COACHED'
  /** A person held a role or title at an organisation, group or project. */
  | 'HELD_ROLE'
  /** An organisation or group hosted (承办) a competition, an event, or a trade of a competition. */
  | 'HOSTED'
  /** A competition included a trade (赛项), e.g. 2020年浙江省技能大赛 included 砌筑. */
  | 'INCLUDES'
  /** An award was won in a trade (赛项), e.g. 杨珍华's 银牌 in 商品展示技术. */
  | 'IN_TRADE'
  /** A metric was measured within a competition, event, project or award. */
  | 'MEASURED_IN'
  /** A metric measures an entity (e.g. the college's training count). */
  | 'MEASURES'
  /** A person or group belongs to a group or organisation. */
  | 'MEMBER_OF'
  /** An organisation or group organised (主办) a competition, event or project. */
  | 'ORGANISED'
  /** A person, group or organisation took part in a competition, event or project. */
  | 'PARTICIPATED_IN'
  /** The college (or another organisation) cooperates with an organisation. */
  | 'PARTNERED_WITH'
  /** A group, organisation, competition, event or project is part of a larger one. */
  | 'PART_OF'
  /** Two entities that may be one; the report does not say (see the note). */
  | 'POSSIBLY_SAME_AS'
  /** A person, group or organisation received an award. */
  | 'RECEIVED'
  /**
   * Two awards the report states for one result (陈滢取得优胜奖、获得全国第六名: a prize and the placing
   * it came with). Counts of awards count such a pair once.
   */
  | 'SAME_RESULT_AS'
  /** A person or organisation sponsored a competition, event or project. */
  | 'SPONSORED';

/** Searchable parts of an entity. */
export type SearchField =
  /** A variant spelling or other name. */
  | 'ALIAS'
  /** An award's category or division, e.g. 职工组个人, 男子职高组. */
  | 'CATEGORY'
  /** The trade (赛项) or discipline of an award, e.g. 商品展示技术. */
  | 'DISCIPLINE'
  /** The Chinese name. */
  | 'NAME'
  /** The English gloss. */
  | 'NAME_EN'
  /** A person's name in pinyin. */
  | 'PINYIN'
  /** An award's rank in the report's words, e.g. 二等奖, 全国第六名. */
  | 'RANK_TEXT'
  /** A role or title the entity holds, as a fact states it, e.g. 法治副校长 (HELD_ROLE) or 选手. */
  | 'ROLE';

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ kind: EntityKind, score: number, matchedField: SearchField, snippet: string, entity:
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { pinyin: string, id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
      | { id: string, name: string, nameEn: string }
     }> };

export type ExplorerDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDashboardQuery = { byLevel: Array<{ key: string, awardCount: number }>, byRank: Array<{ key: string, awardCount: number }>, byRecipientKind: Array<{ key: string, awardCount: number }>, bySection: Array<{ key: string, awardCount: number }> };

export type ExplorerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSummaryQuery = { graphSummary: { entityCount: number, relationshipCount: number } };

export type ExplorerAwardsQueryVariables = Exact<{
  filter?: AwardFilter | null | undefined;
  orderBy?: AwardOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerAwardsQuery = { awards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameEn: string, rank: AwardRank, rankText: string, level: Level | null, date: string | null, period: string | null, discipline: string | null, category: string | null, recipients: Array<
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
        >, coaches: Array<{ id: string, name: string, nameEn: string }>, wonAt:
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
          | { id: string, kind: EntityKind, name: string, nameEn: string }
         | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string }> } }> } };

export type ExplorerAwardOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerAwardOptionsQuery = { entities: { edges: Array<{ node:
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
       }> }, trades: { edges: Array<{ node:
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
        | { id: string, name: string, nameEn: string }
       }> }, years: Array<{ key: string, awardCount: number }>, sections: Array<{ key: string }> };

export type ExplorerEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityQuery = { entity:
    | { __typename: 'Award', rank: AwardRank, rankText: string, level: Level | null, date: string | null, period: string | null, discipline: string | null, category: string | null, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Competition', edition: string | null, level: Level | null, date: string | null, period: string | null, place: string | null, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Event', level: Level | null, date: string | null, period: string | null, place: string | null, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Group', groupKind: GroupKind, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Metric', value: number, unit: string | null, lowerBound: boolean | null, date: string | null, period: string | null, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Organization', orgKind: OrganizationKind, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Person', pinyin: string, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Project', status: ProjectStatus | null, level: Level | null, date: string | null, period: string | null, id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
    | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string, aliases: Array<string>, note: string | null, sources: Array<{ section: string, sectionNumber: number, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, relations: Array<{ id: string, type: RelationType, direction: Direction, role: string | null, roleEn: string | null, partnershipKind: PartnershipKind | null, date: string | null, outcome: string | null, count: number | null, countUnit: string | null, period: string | null, note: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }>, other:
          | { __typename: 'Award', rankText: string, discipline: string | null, id: string, kind: EntityKind, name: string, nameEn: string, wonAt:
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
              | { id: string, name: string, nameEn: string }
             | null }
          | { __typename: 'Competition', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Event', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Group', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Metric', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Organization', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Person', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Project', id: string, kind: EntityKind, name: string, nameEn: string }
          | { __typename: 'Trade', id: string, kind: EntityKind, name: string, nameEn: string }
         }> }
   | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  hops?: number | null | undefined;
  maxNodes?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
    >, edges: Array<{ id: string, type: RelationType, source: string, target: string }> } | null };

export type ExplorerImportDatasetMutationVariables = Exact<{
  files: Array<DatasetFileInput> | DatasetFileInput;
}>;


export type ExplorerImportDatasetMutation = { importDataset: { reports: Array<string>, digest: string, entities: { created: number, updated: number, unchanged: number, kept: number, overwritten: number }, facts: { created: number, updated: number, unchanged: number, kept: number, overwritten: number }, kept: Array<{ id: string, entry: DatasetEntryKind }> } };

export type ExplorerConnectionsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  avoid?: Array<string | number> | string | number | null | undefined;
}>;


export type ExplorerConnectionsQuery = { connections: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
    >, edges: Array<{ id: string, type: RelationType, source: string, target: string, role: string | null, date: string | null, sources: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }> }> }> };

export type ExplorerEntityNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityNameQuery = { entity:
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
    | { id: string, kind: EntityKind, name: string, nameEn: string }
   | null };

export type ExplorerSeriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerSeriesQuery = { metricSeries: Array<{ key: string, name: string, nameEn: string, unit: string | null, unitEn: string | null, note: string | null, scope:
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
      | { id: string, kind: EntityKind, name: string, nameEn: string }
    , points: Array<{ periodKey: string, period: string, value: number, lowerBound: boolean, report: { id: string, title: string }, metric: { id: string, name: string, nameEn: string }, quotes: Array<{ section: string, item: number | null, quote: string, context: { sentence: string, start: number, end: number } | null }> }> }>, reportSummaries: Array<{ periodKey: string, entityCount: number, factCount: number, report: { id: string, title: string, titleEn: string }, entityCounts: Array<{ kind: EntityKind, entityCount: number }>, awardsByLevel: Array<{ level: Level | null, awardCount: number }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    kind
    score
    matchedField
    snippet
    entity {
      id
      name
      nameEn
      ... on Person {
        pinyin
      }
    }
  }
}
    `, {"hash":"sha256:2db92fead10e3860936d2f5a11994cb96e7287194a54a48ffc573e5ced7f5f0d"}) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerDashboardDocument = new TypedDocumentString(`
    query ExplorerDashboard {
  byLevel: awardStatistics(groupBy: LEVEL, awardsPerBucket: 1) {
    key
    awardCount
  }
  byRank: awardStatistics(groupBy: RANK, awardsPerBucket: 1) {
    key
    awardCount
  }
  byRecipientKind: awardStatistics(groupBy: RECIPIENT_KIND, awardsPerBucket: 1) {
    key
    awardCount
  }
  bySection: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) {
    key
    awardCount
  }
}
    `, {"hash":"sha256:56d125cbd27e9c7aa17abd4bea97afeb9357bafa60be12b596afa4500fe25211"}) as unknown as TypedDocumentString<ExplorerDashboardQuery, ExplorerDashboardQueryVariables>;
export const ExplorerSummaryDocument = new TypedDocumentString(`
    query ExplorerSummary {
  graphSummary {
    entityCount
    relationshipCount
  }
}
    `, {"hash":"sha256:321cafd054cf64317d5453b91c08bb5c66946bf8be1ccdd29077d1442d8375bd"}) as unknown as TypedDocumentString<ExplorerSummaryQuery, ExplorerSummaryQueryVariables>;
export const ExplorerAwardsDocument = new TypedDocumentString(`
    query ExplorerAwards($filter: AwardFilter, $orderBy: AwardOrder, $first: Int, $after: String) {
  awards(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        nameEn
        rank
        rankText
        level
        date
        period
        discipline
        category
        recipients {
          id
          kind
          name
          nameEn
        }
        coaches {
          id
          name
          nameEn
        }
        wonAt {
          id
          kind
          name
          nameEn
        }
        sources {
          section
          sectionNumber
          item
          quote
        }
      }
    }
  }
}
    `, {"hash":"sha256:0bfecbe0d2f5ba50471fc15bb812a538145eb3b133eff9d970658e731f13b9f5"}) as unknown as TypedDocumentString<ExplorerAwardsQuery, ExplorerAwardsQueryVariables>;
export const ExplorerAwardOptionsDocument = new TypedDocumentString(`
    query ExplorerAwardOptions {
  entities(kind: COMPETITION, first: 100) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
  trades: entities(kind: TRADE, first: 50) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
  years: awardStatistics(groupBy: YEAR, awardsPerBucket: 1) {
    key
    awardCount
  }
  sections: awardStatistics(groupBy: SECTION, awardsPerBucket: 1) {
    key
  }
}
    `, {"hash":"sha256:54a8d76ce635a87767ae1b1efe731b2f7e4334fbf4b8b1acfcc2474669136eb6"}) as unknown as TypedDocumentString<ExplorerAwardOptionsQuery, ExplorerAwardOptionsQueryVariables>;
export const ExplorerEntityDocument = new TypedDocumentString(`
    query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    __typename
    id
    kind
    name
    nameEn
    aliases
    note
    sources {
      section
      sectionNumber
      item
      quote
      context {
        sentence
        start
        end
      }
    }
    ... on Person {
      pinyin
    }
    ... on Organization {
      orgKind
    }
    ... on Group {
      groupKind
    }
    ... on Competition {
      edition
      level
      date
      period
      place
    }
    ... on Award {
      rank
      rankText
      level
      date
      period
      discipline
      category
    }
    ... on Project {
      status
      level
      date
      period
    }
    ... on Event {
      level
      date
      period
      place
    }
    ... on Metric {
      value
      unit
      lowerBound
      date
      period
    }
    relations(first: 200) {
      id
      type
      direction
      role
      roleEn
      partnershipKind
      date
      outcome
      count
      countUnit
      period
      note
      sources {
        section
        item
        quote
        context {
          sentence
          start
          end
        }
      }
      other {
        __typename
        id
        kind
        name
        nameEn
        ... on Award {
          rankText
          discipline
          wonAt {
            id
            name
            nameEn
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:547916ee7281ed64876fb2317bdb9c808a6e1e93fafd1537739b37515d7dfa69"}) as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($id: ID!, $hops: Int, $maxNodes: Int) {
  neighbourhood(id: $id, hops: $hops, maxNodes: $maxNodes) {
    truncated
    nodes {
      id
      kind
      name
      nameEn
    }
    edges {
      id
      type
      source
      target
    }
  }
}
    `, {"hash":"sha256:b0d3738ec7b68d89c5793e38fce97c102e6023ad3b965023a9300999c82de188"}) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerImportDatasetDocument = new TypedDocumentString(`
    mutation ExplorerImportDataset($files: [DatasetFileInput!]!) {
  importDataset(files: $files) {
    reports
    digest
    entities {
      created
      updated
      unchanged
      kept
      overwritten
    }
    facts {
      created
      updated
      unchanged
      kept
      overwritten
    }
    kept {
      id
      entry
    }
  }
}
    `, {"hash":"sha256:b113d895c7368872b6302975056a1095607c91f361a180ec771565bfab113486"}) as unknown as TypedDocumentString<ExplorerImportDatasetMutation, ExplorerImportDatasetMutationVariables>;
export const ExplorerConnectionsDocument = new TypedDocumentString(`
    query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int, $avoid: [ID!]) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: 10, avoid: $avoid) {
    length
    nodes {
      id
      kind
      name
      nameEn
    }
    edges {
      id
      type
      source
      target
      role
      date
      sources {
        section
        item
        quote
        context {
          sentence
          start
          end
        }
      }
    }
  }
}
    `, {"hash":"sha256:363fc5b21c0448ac8f5f3094979efb980da8bb354cf6d0c45786c3786e880c95"}) as unknown as TypedDocumentString<ExplorerConnectionsQuery, ExplorerConnectionsQueryVariables>;
export const ExplorerEntityNameDocument = new TypedDocumentString(`
    query ExplorerEntityName($id: ID!) {
  entity(id: $id) {
    id
    kind
    name
    nameEn
  }
}
    `, {"hash":"sha256:c313f7b4cfc383ad01d372df0f133e5b4c167c72a2e5208a389a2c59894b0296"}) as unknown as TypedDocumentString<ExplorerEntityNameQuery, ExplorerEntityNameQueryVariables>;
export const ExplorerSeriesDocument = new TypedDocumentString(`
    query ExplorerSeries {
  metricSeries {
    key
    name
    nameEn
    unit
    unitEn
    note
    scope {
      id
      kind
      name
      nameEn
    }
    points {
      periodKey
      period
      value
      lowerBound
      report {
        id
        title
      }
      metric {
        id
        name
        nameEn
      }
      quotes {
        section
        item
        quote
        context {
          sentence
          start
          end
        }
      }
    }
  }
  reportSummaries {
    periodKey
    report {
      id
      title
      titleEn
    }
    entityCount
    factCount
    entityCounts {
      kind
      entityCount
    }
    awardsByLevel {
      level
      awardCount
    }
  }
}
    `, {"hash":"sha256:7d1483e201e6b5f2cc10ebdbf2e0e2b415ea9e7796b7be04321c487ffe3fdabf"}) as unknown as TypedDocumentString<ExplorerSeriesQuery, ExplorerSeriesQueryVariables>;
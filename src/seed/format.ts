import { z } from 'zod';
import {
  AWARD_RANKS,
  GROUP_KINDS,
  LEVELS,
  ORGANIZATION_KINDS,
  PARTNERSHIP_KINDS,
  PROJECT_STATUSES,
  RELATION_TYPES,
  SECTIONS,
} from '../model/vocabulary';

/**
 * The curated dataset format (documented in seed/README.md). One folder per report:
 * `report.yaml` describes the report and its text, every other `*.yaml` holds entities and facts.
 */

/** A stated period that is not one date, in the report's words, e.g. 2019-2020学年度, 本学期. */
const period = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1);

export const sourceSchema = z
  .object({
    /** Defaults to the file's `section`. */
    section: z.enum(SECTIONS).optional(),
    /** The numbered item within the section; omitted only for the preamble or a section heading. */
    item: z.number().int().min(1).max(99).optional(),
    /** The shortest fragment of the report that states the fact, verbatim. */
    quote: z.string().min(2),
  })
  .strict();

export const aliasSchema = z
  .object({
    name: text,
    /** Why this is an alias (for example a variant spelling in the report). */
    note: text.optional(),
    source: sourceSchema,
  })
  .strict();

const entityBase = {
  id: z.string().regex(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected "<kind>/<slug>", e.g. person/yang-zhenhua'),
  name: text,
  nameEn: text,
  aliases: z.array(aliasSchema).default([]),
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'every entity needs at least one source'),
};

export const entitySchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...entityBase,
      kind: z.literal('PERSON'),
      // A person's English gloss defaults to the pinyin of the name, computed at load time.
      nameEn: text.optional(),
    })
    .strict(),
  z.object({ ...entityBase, kind: z.literal('ORGANIZATION'), orgKind: z.enum(ORGANIZATION_KINDS) }).strict(),
  z.object({ ...entityBase, kind: z.literal('GROUP'), groupKind: z.enum(GROUP_KINDS) }).strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('COMPETITION'),
      edition: text.optional(),
      level: z.enum(LEVELS).optional(),
      date: isoDate.optional(),
      period: period.optional(),
      place: text.optional(),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('AWARD'),
      rank: z.enum(AWARD_RANKS),
      /** The rank in the report's own words, e.g. 银牌, 二等奖, 优胜奖. */
      rankText: text,
      level: z.enum(LEVELS).optional(),
      date: isoDate.optional(),
      period: period.optional(),
      /** The event or trade within a competition (赛项), e.g. 商品展示技术. */
      discipline: text.optional(),
      /** The category or division, e.g. 职工组, 男子职高组. */
      category: text.optional(),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('PROJECT'),
      status: z.enum(PROJECT_STATUSES).optional(),
      level: z.enum(LEVELS).optional(),
      date: isoDate.optional(),
      period: period.optional(),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      kind: z.literal('EVENT'),
      level: z.enum(LEVELS).optional(),
      date: isoDate.optional(),
      period: period.optional(),
      place: text.optional(),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      /** A number the report states, attached by MEASURES to what it measures. */
      kind: z.literal('METRIC'),
      value: z.number().finite(),
      /** Unit in the report's words (人次, 本, 篇, %, 人); omitted for a bare count. */
      unit: text.optional(),
      unitEn: text.optional(),
      /** True where the report says "more than" (余, 多, 以上): the value is a lower bound. */
      lowerBound: z.boolean().optional(),
      date: isoDate.optional(),
      period: period.optional(),
    })
    .strict()
    .refine((m) => (m.unit === undefined) === (m.unitEn === undefined), {
      path: ['unitEn'],
      message: 'unit and unitEn go together',
    }),
]);

export const factSchema = z
  .object({
    id: z.string().regex(/^fact\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected "fact/<slug>"'),
    type: z.enum(RELATION_TYPES),
    from: z.string().min(1),
    to: z.string().min(1),
    /** Role or title held, in the report's words (HELD_ROLE, PARTICIPATED_IN). */
    role: text.optional(),
    roleEn: text.optional(),
    /** Kind of cooperation (PARTNERED_WITH). */
    partnershipKind: z.enum(PARTNERSHIP_KINDS).optional(),
    date: isoDate.optional(),
    /** Outcome or status in the report's words, e.g. 成功立项, 考核结果为优秀. */
    outcome: text.optional(),
    /** A count the report gives instead of names, e.g. 300 for "300多名学生". */
    count: z.number().int().nonnegative().optional(),
    /** What the count counts, in the report's words (名, 门, 个班级). */
    countUnit: text.optional(),
    period: period.optional(),
    note: text.optional(),
    sources: z.array(sourceSchema).min(1, 'every fact needs at least one source'),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (fact.type === 'PARTNERED_WITH' && !fact.partnershipKind) {
      ctx.addIssue({ code: 'custom', path: ['partnershipKind'], message: 'required for PARTNERED_WITH' });
    }
    if (fact.role !== undefined && fact.roleEn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['roleEn'], message: 'an English gloss is required with role' });
    }
  });

export const sectionFileSchema = z
  .object({
    /** Default section of every source in the file. */
    section: z.enum(SECTIONS),
    entities: z.array(z.unknown()).default([]),
    facts: z.array(z.unknown()).default([]),
  })
  .strict();

export const reportManifestSchema = z
  .object({
    id: z.string().regex(/^report\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected "report/<slug>"'),
    title: text,
    titleEn: text,
    period: text,
    /** File name of the report's text, next to report.yaml. */
    text: text,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'),
  })
  .strict();

export type SourceInput = z.infer<typeof sourceSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type FactInput = z.infer<typeof factSchema>;
export type ReportManifest = z.infer<typeof reportManifestSchema>;

import { z } from 'zod';
import { ENTITY_FIELDS, FIELD_RULES, isoDate, period, SERIES_KEY, text, type EntityFieldValues, type FieldRule } from '../model/entityFields';
import { isSection, MAX_SECTION, numeralOf, sectionNumber } from '../model/sections';
import { SEMESTER } from '../model/claims';
import { CLAIM_RANKS, ENTITY_ID, ENTITY_KINDS, PARTNERSHIP_KINDS, RELATION_TYPES, type EntityKind } from '../model/vocabulary';
import { reviewSchema } from './review';

/**
 * The curated dataset format (documented in seed/README.md). One folder per report:
 * `report.yaml` describes the report and its text, every other `*.yaml` holds entities and facts.
 */

/** 前言 or a section numeral; whether the report has that section is checked against its text. */
const sectionName = z.string().refine(isSection, `expected 前言 or a section numeral from 一 to ${numeralOf(MAX_SECTION)}`);

export const sourceSchema = z
  .object({
    /** Defaults to the file's `section`. */
    section: sectionName.optional(),
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
  id: z.string().regex(ENTITY_ID, 'expected "<kind>/<slug>", e.g. person/yang-zhenhua'),
  name: text,
  nameEn: text,
  aliases: z.array(aliasSchema).default([]),
  note: text.optional(),
  sources: z.array(sourceSchema).min(1, 'every entity needs at least one source'),
  /** Proposed by `npm run extract`: imported only once its status is accepted (seed/review.ts). */
  review: reviewSchema.optional(),
};

/**
 * One kind's entry: the common fields, the kind, its own fields and the rules across them
 * (model/entityFields.ts). Every kind of the vocabulary gets one; nothing here names a kind.
 */
const kindSchema = <K extends EntityKind>(kind: K) => {
  const schema = z.object(entityBase).extend({ kind: z.literal(kind) }).extend(ENTITY_FIELDS[kind]).strict();
  const rule: FieldRule<K> | undefined = FIELD_RULES[kind];
  // The entry holds the kind's fields (and more); TypeScript cannot see it for every K at once.
  return rule ? schema.refine((entry) => rule.holds(entry as unknown as EntityFieldValues<K>), { path: [rule.field], message: rule.message }) : schema;
};
type KindSchema = { [K in EntityKind]: ReturnType<typeof kindSchema<K>> }[EntityKind];

export const entitySchema = z.discriminatedUnion('kind', ENTITY_KINDS.map(kindSchema) as [KindSchema, ...KindSchema[]]);

const FACT_ID = /^fact\/[a-z0-9]+(-[a-z0-9]+)*$/;

export const factSchema = z
  .object({
    id: z.string().regex(FACT_ID, 'expected "fact/<slug>"'),
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
    /**
     * The fact (same type and ends) this one states differently, e.g. an earlier report's role:
     * both are kept as competing claims, ranked (model/claims.ts).
     */
    contradicts: z.string().regex(FACT_ID, 'expected "fact/<slug>"').optional(),
    /** A curator's rank among competing claims; without it the most recently stated claim is preferred. */
    rank: z.enum(CLAIM_RANKS).optional(),
    /** Quotes saying the fact ended (someone left a post): its validity ends with the first report stating it. */
    ended: z.array(sourceSchema).default([]),
    /** Where the report states the fact; a report that only says it ended may give `ended` alone. */
    sources: z.array(sourceSchema).default([]),
    /** Proposed by `npm run extract`: imported only once its status is accepted (seed/review.ts). */
    review: reviewSchema.optional(),
  })
  .strict()
  .superRefine((fact, ctx) => {
    if (fact.sources.length === 0 && fact.ended.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'every fact needs at least one source' });
    }
    if (fact.contradicts === fact.id) ctx.addIssue({ code: 'custom', path: ['contradicts'], message: 'a fact cannot contradict itself' });
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
    section: sectionName,
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
    /**
     * The semester the report covers, as the school year and 1 or 2 (2020-1 is the first semester of
     * the 2020 school year): it orders the reports in time, for `asOf`, validity and ranks.
     */
    semester: z.string().regex(SEMESTER, 'expected the school year and semester, e.g. 2020-1'),
    /** File name of the report's text, next to report.yaml. */
    text: text,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a lowercase hex SHA-256'),
    /** English glosses of the section titles, by the heading's numeral (一: …); each must be a heading of the text. */
    sectionTitlesEn: z.record(sectionName, text).optional(),
  })
  .strict();

/** The file of a report folder that declares metric series rather than a section's entries. */
export const SERIES_FILE = 'series.yaml';

/**
 * A metric series: one quantity the reports state again and again (library loans, training
 * person-times), whose points are the METRIC entities naming it in `series`, one per report.
 */
export const seriesSchema = z
  .object({
    key: z.string().regex(SERIES_KEY, 'expected a series key such as library-loans'),
    /** What is counted, in Chinese, without a number, e.g. 图书馆借阅量. */
    name: text,
    nameEn: text,
    /** Every point's unit must be this (and unitEn this gloss); omitted for bare counts. */
    unit: text.optional(),
    unitEn: text.optional(),
    /** The entity the quantity is of: every point MEASURES it or is MEASURED_IN it. */
    scope: z.string().regex(ENTITY_ID, 'expected an entity id, e.g. org/college'),
    note: text.optional(),
  })
  .strict()
  .refine((s) => (s.unit === undefined) === (s.unitEn === undefined), { path: ['unitEn'], message: 'unit and unitEn go together' });

export const seriesFileSchema = z.object({ series: z.array(z.unknown()).default([]) }).strict();

/** The file a section's entries are kept in when a command writes it (export, report:new): section-04.yaml. */
export const sectionFileName = (section: string) => `section-${String(sectionNumber(section)).padStart(2, '0')}.yaml`;

export type SourceInput = z.infer<typeof sourceSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type FactInput = z.infer<typeof factSchema>;
export type ReportManifest = z.infer<typeof reportManifestSchema>;
export type SeriesInput = z.infer<typeof seriesSchema>;

import { z } from 'zod';
import { AWARD_RANKS, GROUP_KINDS, LEVELS, ORGANIZATION_KINDS, PROJECT_STATUSES, type EntityKind } from './vocabulary';

/**
 * Each entity kind's own fields, besides the ones every entity has (id, name, aliases, note,
 * sources), and the rules across them. Declared once, here: the dataset format (seed/format.ts)
 * validates entries with them and the records the API serves (data/model.ts) take their types
 * from them, so a new kind or a new field is written down in one place.
 */

/** A stated period that is not one date, in the report's words, e.g. 2019-2020学年度, 本学期. */
export const period = z.string().trim().min(1);
export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export const text = z.string().trim().min(1);
/** A metric series' key, e.g. library-loans: lower-case ASCII words joined by hyphens. */
export const SERIES_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ENTITY_FIELDS = {
  // A person's English gloss defaults to the pinyin of the name, computed at load time; the
  // pinyin itself is derived by the storage codec (data/codec.ts).
  PERSON: { nameEn: text.optional() },
  ORGANIZATION: { orgKind: z.enum(ORGANIZATION_KINDS) },
  GROUP: { groupKind: z.enum(GROUP_KINDS) },
  COMPETITION: {
    edition: text.optional(),
    level: z.enum(LEVELS).optional(),
    date: isoDate.optional(),
    period: period.optional(),
    place: text.optional(),
  },
  AWARD: {
    rank: z.enum(AWARD_RANKS),
    /** The rank in the report's own words, e.g. 银牌, 二等奖, 优胜奖. */
    rankText: text,
    level: z.enum(LEVELS).optional(),
    date: isoDate.optional(),
    period: period.optional(),
    /**
     * The trade within a competition (赛项) or the sport, as written, e.g. 商品展示技术, 篮球. Where it
     * names a trade, the award is also linked IN_TRADE to that trade (the loader checks they agree).
     */
    discipline: text.optional(),
    /** The category or division, e.g. 职工组, 男子职高组. */
    category: text.optional(),
  },
  PROJECT: {
    status: z.enum(PROJECT_STATUSES).optional(),
    level: z.enum(LEVELS).optional(),
    date: isoDate.optional(),
    period: period.optional(),
  },
  EVENT: {
    level: z.enum(LEVELS).optional(),
    date: isoDate.optional(),
    period: period.optional(),
    place: text.optional(),
  },
  /** A number the report states, attached by MEASURES to what it measures. */
  METRIC: {
    value: z.number().finite(),
    /** Unit in the report's words (人次, 本, 篇, %, 人); omitted for a bare count. */
    unit: text.optional(),
    unitEn: text.optional(),
    /** True where the report says "more than" (余, 多, 以上): the value is a lower bound. */
    lowerBound: z.boolean().optional(),
    date: isoDate.optional(),
    period: period.optional(),
    /**
     * The series this number is a point of (declared in a report folder's series.yaml): the same
     * quantity stated again by later reports, one point per report. One-off numbers have none.
     */
    series: z.string().regex(SERIES_KEY, 'expected a series key such as library-loans').optional(),
  },
  /**
   * A trade (赛项, 项目) of skills competitions, e.g. 商品展示技术: one entity across competitions,
   * so it has no fields of its own; where it was contested, won and hosted are facts.
   */
  TRADE: {},
} as const satisfies Record<EntityKind, z.ZodRawShape>;

export type EntityFieldShape<K extends EntityKind> = (typeof ENTITY_FIELDS)[K];

/** The kind's own fields as a validated entry holds them (optional ones may be absent). */
export type EntityFieldValues<K extends EntityKind> = z.output<z.ZodObject<EntityFieldShape<K>>>;

/** A rule across a kind's fields that their types cannot say, and the field an entry breaking it is refused on. */
export interface FieldRule<K extends EntityKind> {
  holds: (fields: EntityFieldValues<K>) => boolean;
  field: string;
  message: string;
}

export const FIELD_RULES: { [K in EntityKind]?: FieldRule<K> } = {
  METRIC: { holds: (m) => (m.unit === undefined) === (m.unitEn === undefined), field: 'unitEn', message: 'unit and unitEn go together' },
};

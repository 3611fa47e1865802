/** Numbers a report states as a quantity of something: 访问量达到7618人次, 通过率高达94.5%, 粉丝从11149人增加到12333人. */

export interface MetricMention {
  /** The phrase as written, from the quantity's name to the unit: the metric's name and quote. */
  name: string;
  value: number;
  unit: string;
  unitEn: string;
  lowerBound: boolean;
  start: number;
  end: number;
}

const UNITS: Record<string, string> = {
  人次: 'person-times',
  人: 'people',
  名: 'people',
  本: 'books',
  篇: 'articles',
  门: 'courses',
  个: 'items',
  家: 'organisations',
  节: 'lessons',
  '%': 'per cent',
  条: 'entries',
  间: 'rooms',
  次: 'times',
};

// What a quantity is called ends in 量, 率, 数, 人次 or names followers; then (达到, 为, 增加到 …, or
// nothing: 借阅量9672本) a number with a unit; 以上, 余 and 多 make it a lower bound.
const METRIC =
  /([\u4e00-\u9fff]{1,8}?(?:量|率|数|人次|粉丝))(?:从[\d.]+[\u4e00-\u9fff%]{0,2})?(?:达到|高达|达|为|增加到|增长到|提高到|累计达|共计)?(\d+(?:\.\d+)?)(万)?(人次|人|名|本|篇|门|个|家|节|%|条|间|次)(以上|余|多)?/g;

export function findMetrics(sentence: string): MetricMention[] {
  return [...sentence.matchAll(METRIC)].map((m) => ({
    name: m[0],
    value: Number(m[2]) * (m[3] ? 10_000 : 1),
    unit: m[4]!,
    unitEn: UNITS[m[4]!]!,
    lowerBound: !!m[5],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

import type { AwardRank, Level } from '../model/vocabulary';
import { AWARD_VERBS, levelOf, RANK_PATTERNS, TITLE_ENDINGS } from './lexicon';

/** An award the text states: its words, its rank, and where it stands. */
export interface AwardMention {
  /** The award as the report names it (the rank with what qualifies it: 模具工（冲压）赛项一等奖). */
  name: string;
  /** The rank in the report's words (一等奖, 银牌, 全国技术能手). */
  rankText: string;
  rank: AwardRank;
  level?: Level;
  start: number;
  end: number;
  /** Where the subject of a passive sentence ends (学院党委被…表彰为…): recipients stand before it. */
  subjectEnd?: number;
}

const VERB_BEFORE = new RegExp(`${AWARD_VERBS}(?:了)?(?:在)?([^，。；、并]{0,24})$`);
const DISCIPLINE = /([^，。；、（）()]{2,12}?(?:（[^）]{1,8}）)?)(?:赛项|项目)/;

/** The award's name: what the text puts between the verb of winning and the rank, with the rank. */
function qualifiedName(text: string, start: number, end: number): { name: string; start: number } {
  const verb = VERB_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  const qualifier = verb?.[1] ?? '';
  // Only a qualifier that reads as part of the name (no second verb, no list of people).
  if (qualifier.length === 0 || /[，、和及与并]|奖|牌/.test(qualifier)) return { name: text.slice(start, end), start };
  return { name: qualifier + text.slice(start, end), start: start - qualifier.length };
}

/** Awards with a rank: prizes, medals, places, champion titles, scholarships. */
function rankedAwards(text: string): AwardMention[] {
  const found: AwardMention[] = [];
  const taken: [number, number][] = [];
  for (const { pattern, rank } of RANK_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      // 分别获得一、二、三等奖 sums up several prizes without saying who won which.
      if (/[一二三]、$/.test(text.slice(0, start))) continue;
      const named = qualifiedName(text, start, end);
      const level = levelOf(named.name);
      found.push({ name: named.name, rankText: m[0], rank: rank(m), start: named.start, end, ...(level ? { level } : {}) });
    }
  }
  return found;
}

const HONOUR = new RegExp(
  `${AWARD_VERBS}(?:了)?“?((?:[^，。；、“”并]|“[^”，。；]{1,12}”){0,24}?${TITLE_ENDINGS})”?(?:荣誉)?(?:称号)?`,
  'g',
);
const QUOTED_HONOUR = /(?:荣获|获得|授予|表彰为|评为|被评为)“([^”]{2,30})”(?:称号|荣誉称号)?/g;
const CONFERRED = /被([^，。；]{2,30}?)(?:表彰为|授予|评为)“?([^，。；“”]{2,40}?)”?(?:称号|荣誉)?(?=[，。；]|$)/g;
const SELECTED = /(?:入选|入围)(?:了)?((?:[^，。；“”]|“[^”，。；]{1,20}”){2,40}?)(?=[，。；]|$)/g;
const APPROVED = /(?:获批|被评为)(?:了)?“?([^，。；“”]{4,40}?)”?(?=[，。；]|$)/g;
const RATED = /(?:考核结果为|评估结果为|被评为)(优秀|优良)/g;
const PROJECT_APPROVED = /(?:获批|成功)(立项)(?=[，。；]|$)/g;
const CHAINED_TITLES = new RegExp(`^([^，。；“”]{2,20}?${TITLE_ENDINGS})(?:、([^，。；“”]{2,20}?${TITLE_ENDINGS}))+`);

/** Honorary titles, selections and approvals: 获评宁波市专业技术能手, 入选…项目, 获批…试点学校. */
function titleAwards(text: string): AwardMention[] {
  const found: AwardMention[] = [];
  const add = (name: string, start: number, rank: AwardRank, subjectEnd?: number) => {
    const level = levelOf(name);
    found.push({
      name,
      rankText: name,
      rank,
      start,
      end: start + name.length,
      ...(level ? { level } : {}),
      ...(subjectEnd !== undefined ? { subjectEnd } : {}),
    });
  };
  for (const m of text.matchAll(CONFERRED)) add(m[2]!, m.index + m[0].indexOf(m[2]!, 1 + m[1]!.length), 'TITLE', m.index);
  for (const m of text.matchAll(QUOTED_HONOUR)) add(m[1]!, m.index + m[0].indexOf(m[1]!), 'TITLE');
  for (const m of text.matchAll(HONOUR)) {
    const at = m.index + m[0].indexOf(m[1]!);
    // 获省技术能手、全国青年岗位能手荣誉称号: every title of the list.
    const chain = CHAINED_TITLES.exec(text.slice(at));
    if (chain) {
      let offset = at;
      for (const part of chain[0].split('、')) {
        add(part, offset, 'TITLE');
        offset += part.length + 1;
      }
    } else add(m[1]!, at, 'TITLE');
  }
  for (const m of text.matchAll(SELECTED)) add(m[1]!, m.index + m[0].indexOf(m[1]!), 'SELECTED');
  for (const m of text.matchAll(APPROVED)) add(m[1]!, m.index + m[0].indexOf(m[1]!), 'APPROVED');
  for (const m of text.matchAll(RATED)) add(m[1]!, m.index + m[0].indexOf(m[1]!, 2), 'EXCELLENT_RATING');
  for (const m of text.matchAll(PROJECT_APPROVED)) add(m[0], m.index, 'APPROVED');
  return found;
}

/**
 * Every award a sentence states, in the order of the text. Where two readings overlap (a title
 * that ends in a rank, a selection that names a prize) the longer one is kept once.
 */
export function findAwards(sentence: string): AwardMention[] {
  const all = [...titleAwards(sentence), ...rankedAwards(sentence)]
    // 国家奖学金获奖学生名单 names an award list, not a win.
    .filter((a) => !/^(?:获奖|名单|评选|申报)/.test(sentence.slice(a.end)))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: AwardMention[] = [];
  for (const award of all) {
    if (kept.some((k) => award.start < k.end && k.start < award.end)) continue;
    kept.push(award);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The trade or project an award was won in, as the words before its rank say (商品展示技术项目选手…银牌). */
export function disciplineOf(text: string): string | undefined {
  const match = DISCIPLINE.exec(text);
  // The match may start inside the words before the name (我院商品展示技术): keep what follows them.
  const name = match?.[1]?.replace(/^.*?(?:我院|学院|参加|在|的)/, '');
  return name && name.length >= 2 ? name : undefined;
}

/** Spans of the text that name coaches: 在朱华德、黄亚飞老师的指导下, （指导教师：…）. */
export function coachSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(/在([^在，。；]{2,40}?)(?:老师|教师|教练)?的?(?:悉心)?指导下/g))
    spans.push([m.index, m.index + m[0].length]);
  for (const m of sentence.matchAll(/[（(]?指导(?:教师|老师)[:：]([^）)。；]+)[）)]?/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Competitions a sentence places its awards at: 在…大赛中, 参加…交流赛. */
const COMPETITION =
  /(?:在|参加|参与)(?:了)?((?:\d{4}年?)?[^，。；在]{2,40}?(?:大赛|竞赛|比赛|选拔赛|联赛|总决赛|评比|交流赛|技能节|展演活动|锦标赛|挑战赛))(?:中|上|，|；|。|$)/g;

export interface CompetitionMention {
  name: string;
  start: number;
  end: number;
  level?: Level;
}

export function findCompetitions(sentence: string): CompetitionMention[] {
  return [...sentence.matchAll(COMPETITION)]
    .filter((m) => !/^各/.test(m[1]!))
    .map((m) => {
      const start = m.index + m[0].indexOf(m[1]!);
      const level = levelOf(m[1]!);
      return { name: m[1]!, start, end: start + m[1]!.length, ...(level ? { level } : {}) };
    });
}

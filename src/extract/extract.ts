import { parseCorpus, type Corpus } from '../model/reportText';
import type { Section } from '../model/sections';
import type { AwardRank, EntityKind, Level, OrganizationKind, PartnershipKind, RelationType } from '../model/vocabulary';
import type { DatasetEntity } from '../seed/dataset';
import type { Review } from '../seed/review';
import { coachSpans, disciplineOf, findAwards, findCompetitions, type AwardMention } from './awards';
import type { Dictionary, KnownMatch } from './dictionary';
import { nameSlug, personSlug, pinyinGloss } from './ids';
import { dateOf, schoolYearOf } from './lexicon';
import { findMetrics } from './metrics';
import { findPartners } from './partnerships';
import { findPeople, type PersonMention } from './people';
import { findRoles } from './roles';
import { Segmenter } from './segmenter';

/** A source as the dataset format writes it (the section is the file's). */
export interface ProposedSource {
  item?: number;
  quote: string;
}

/** An entity the extractor proposes: the dataset entry's fields, its sources by section, its review. */
export interface ProposedEntity {
  id: string;
  kind: EntityKind;
  /** The entry's fields besides id, sources and review (name, nameEn, the kind's own fields, aliases). */
  fields: Record<string, unknown>;
  sources: Map<Section, ProposedSource[]>;
  aliases: { name: string; section: Section; source: ProposedSource }[];
  review: Review;
}

export interface ProposedFact {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  section: Section;
  fields: Record<string, unknown>;
  sources: ProposedSource[];
  review: Review;
}

export interface Extraction {
  corpus: Corpus;
  entities: Map<string, ProposedEntity>;
  facts: ProposedFact[];
}

/** One passage the extractor reads: an item, or a section's text before its first item (the preamble). */
interface Scope {
  section: Section;
  sectionNumber: number;
  item: number | null;
  text: string;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Sentences (and clauses the report ends with a semicolon) with their offsets in the scope's text. */
function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。；;！？!?\n]/.test(text[i]!)) {
      if (i > start) sentences.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return sentences;
}

const SELF_NAME = '学院';
/** What a subject that is not a person but a part of the college ends with (电气教研组, 学院党委). */
const GROUP_SUBJECT = /([^，。；、“”\s\d]{2,12}?(?:党委|党支部|支部|教研组|教研室|专业|团队|工作室|社团|代表队|班))$/;

/** A count of people standing for names written before (两名同学双双入围). */
const COUNTED_PEOPLE = /([两二三四五六七八九十\d]+)名(?:同学|学生|选手|教师|老师|队员)/;
const countOf = (numeral: string) =>
  /^\d+$/.test(numeral) ? Number(numeral) : ' 一二三四五六七八九十'.indexOf(numeral.replace('两', '二'));

/** Things listed before a verb: A、B、C等N个项目 or “A”“B”. */
const LISTED = /((?:[^、，。；“”]{2,16}、)+[^、，。；“”]{2,16}?)等(?:[\d一二三四五六七八九十]+个)?(?:项目|专业|课程|单位|学校|品牌)/;
const QUOTED_LIST = /(?:“[^”]{2,30}”[、和]?){2,}/;

function enumerationBefore(clause: string): { name: string; start: number }[] {
  const listed = LISTED.exec(clause);
  if (listed) {
    let at = listed.index;
    return listed[1]!.split('、').map((name) => {
      const item = { name, start: at };
      at += name.length + 1;
      return item;
    });
  }
  const quoted = QUOTED_LIST.exec(clause);
  if (!quoted) return [];
  return [...quoted[0].matchAll(/“([^”]{2,30})”/g)].map((m) => ({ name: m[0], start: quoted.index + m.index }));
}

/**
 * A part of the college written as the subject of the clause before an award (电气教研组获评…,
 * 学院党委被…表彰为…), with its offset in the text given; null when the subject is the college
 * itself or not a group.
 */
export function subjectGroup(textBefore: string): { name: string; offset: number } | null {
  const clauseStart = Math.max(textBefore.lastIndexOf('，'), textBefore.lastIndexOf(',')) + 1;
  // The verbs and adverbs between the subject and the award: 被…表彰为, 成功, 获评 …
  const subject = textBefore.slice(clauseStart).replace(/(?:被[^被]*|荣获|获得|获评|获|成功|顺利|共|分别|再次|首次)*$/, '');
  // 我院电气教研组 is the 电气教研组; 学院党委 keeps its 学院.
  const own = /^(?:我院|学院)(?!党委)/.exec(subject)?.[0].length ?? 0;
  const match = GROUP_SUBJECT.exec(subject.slice(own));
  if (!match || /^(?:我院|学院|我校|学校)$/.test(match[1]!)) return null;
  return { name: match[1]!, offset: clauseStart + own + match.index };
}

export interface ExtractOptions {
  reportId: string;
  dictionary: Dictionary;
}

/**
 * Proposes entities and facts from a report's raw text, every one a candidate for a curator to
 * review. Reads the text split as the loader splits it, so every quote is a verbatim substring of
 * the item (or section) it is filed under.
 */
export function extractReport(text: string, options: ExtractOptions): Extraction {
  const corpus = parseCorpus(text);
  const run = new Run(corpus, options.dictionary);
  for (const section of corpus.sections) {
    const intro = corpus.sectionText.get(section.section) ?? '';
    run.readScope({ section: section.section, sectionNumber: section.number, item: null, text: intro });
    for (const item of section.items) {
      const itemText = corpus.itemText.get(`${section.section}.${item.number}`) ?? '';
      run.readScope({ section: section.section, sectionNumber: section.number, item: item.number, text: itemText });
    }
  }
  return { corpus, entities: run.entities, facts: run.facts };
}

interface Recipient {
  id: string;
  mention?: PersonMention | { start: number; end: number };
  confidence: number;
}

class Run {
  readonly entities = new Map<string, ProposedEntity>();
  readonly facts: ProposedFact[] = [];
  private readonly segmenter = new Segmenter();
  private readonly knownPeople: Set<string>;
  private readonly idOfName = new Map<string, string>();
  private factCount = 0;
  private readonly schoolYear: number | undefined;

  constructor(
    private readonly corpus: Corpus,
    private readonly dictionary: Dictionary,
  ) {
    this.schoolYear = schoolYearOf(corpus.text.split('\n').find((line) => line.trim().length > 0) ?? '');
    this.knownPeople = new Set(dictionary.namesOf('PERSON'));
    this.segmenter.addWords([...this.knownPeople].map((word) => ({ word, tag: 'nr' })));
    this.segmenter.addWords(dictionary.namesOf('ORGANIZATION').map((word) => ({ word, tag: 'nt' })));
  }

  readScope(scope: Scope): void {
    if (scope.text.trim().length === 0) return;
    const people = findPeople(scope.text, this.segmenter, this.knownPeople);
    const personIds = new Map(people.map((p) => [p, this.person(p, scope)]));
    const sentences = sentencesOf(scope.text);
    // An item's first sentence is its heading when short and clause-free: it sums up the body.
    const heading =
      scope.item !== null && sentences[0] && !/[，,]/.test(sentences[0].text) && sentences[0].text.length <= 40 ? sentences[0] : null;
    const bodyRanks = new Set<AwardRank>();
    const pending: { sentence: Sentence; awards: AwardMention[] }[] = [];
    for (const sentence of sentences) {
      const awards = findAwards(sentence.text).map((a) => ({
        ...a,
        start: a.start + sentence.start,
        end: a.end + sentence.start,
        ...(a.subjectEnd !== undefined ? { subjectEnd: a.subjectEnd + sentence.start } : {}),
      }));
      if (sentence !== heading) awards.forEach((a) => bodyRanks.add(a.rank));
      pending.push({ sentence, awards });
      this.partnerships(scope, sentence);
      this.metrics(scope, sentence);
      this.roles(scope, sentence, people, personIds);
    }
    for (const { sentence, awards } of pending) {
      // A heading's award is stated again in the body, in more words: the body's is proposed.
      const kept = sentence === heading ? awards.filter((a) => !bodyRanks.has(a.rank)) : awards;
      if (kept.length > 0) this.awards(scope, sentence, kept, people, personIds);
    }
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────────

  private source(scope: Scope, quote: string): ProposedSource {
    return scope.item === null ? { quote } : { item: scope.item, quote };
  }

  /** Adds an entity, or another source to one already proposed. */
  private entity(
    id: string,
    kind: EntityKind,
    fields: Record<string, unknown>,
    scope: Scope,
    quote: string,
    review: Review,
  ): ProposedEntity {
    let entity = this.entities.get(id);
    if (!entity) {
      entity = { id, kind, fields, sources: new Map(), aliases: [], review };
      this.entities.set(id, entity);
    } else if ((review.confidence ?? 0) > (entity.review.confidence ?? 0))
      entity.review = { ...entity.review, confidence: review.confidence! };
    const list = entity.sources.get(scope.section) ?? entity.sources.set(scope.section, []).get(scope.section)!;
    const source = this.source(scope, quote);
    if (!list.some((s) => s.item === source.item && s.quote === source.quote)) list.push(source);
    return entity;
  }

  /** A known entity's entry as its dataset declares it (the fields a dataset must repeat alike). */
  private linked(match: KnownMatch, scope: Scope, quote: string, writtenName: string, confidence: number): string {
    const {
      files: _f,
      sources: _s,
      aliases: _a,
      note: _n,
      pinyin: _p,
      ...fields
    } = match.entity as DatasetEntity & { pinyin?: unknown; note?: string };
    const entity = this.entity(match.entity.id, match.entity.kind, fields, scope, quote, {
      status: 'candidate',
      confidence: round(confidence),
      matchedBy: match.matchedBy,
      evidence: `the report writes ${writtenName}, ${match.matchedBy === 'name' ? 'the name' : 'an alias'} of the known ${match.entity.id}`,
    });
    if (match.matchedBy === 'alias' && !entity.aliases.some((a) => a.name === writtenName)) {
      entity.aliases.push({ name: writtenName, section: scope.section, source: this.source(scope, quote) });
    }
    return match.entity.id;
  }

  /** A fresh id: the slug, or the slug with a number where another name has it already. */
  private freshId(prefix: string, slug: string, name: string): string {
    const key = `${prefix}|${name}`;
    const known = this.idOfName.get(key);
    if (known) return known;
    let id = `${prefix}/${slug}`;
    for (let n = 2; [...this.idOfName.values()].includes(id) || this.dictionary.entities.some((e) => e.id === id); n++)
      id = `${prefix}/${slug}-${n}`;
    this.idOfName.set(key, id);
    return id;
  }

  private person(mention: PersonMention, scope: Scope): string {
    const known = this.dictionary.lookup(mention.name, ['PERSON']);
    if (known) return this.linked(known, scope, mention.name, mention.name, Math.max(mention.confidence, 0.9));
    const id = this.freshId('person', personSlug(mention.name), mention.name);
    this.entity(id, 'PERSON', { name: mention.name }, scope, mention.name, {
      status: 'candidate',
      confidence: round(mention.confidence),
      evidence: mention.evidence,
    });
    return id;
  }

  /**
   * The college itself (学院, 我院): the known entity when the dictionary has one. A source is added
   * where the passage names it; where a clause leaves it unnamed, its first mention in the report is.
   */
  private college(scope: Scope, quote: string | null): string {
    if (quote === null) {
      const first = this.firstSelfMention();
      if (!first) return this.college(scope, scope.text.trim().slice(0, 2));
      [scope, quote] = first;
    }
    const known = this.dictionary.lookup(SELF_NAME, ['ORGANIZATION']) ?? this.dictionary.lookup('我院', ['ORGANIZATION']);
    if (known) return this.linked(known, scope, quote, SELF_NAME, 0.9);
    this.entity(
      'org/college',
      'ORGANIZATION',
      { name: SELF_NAME, nameEn: 'The College (the college that wrote the report)', orgKind: 'COLLEGE' },
      scope,
      quote,
      {
        status: 'candidate',
        confidence: 0.9,
        evidence: 'the report calls itself 学院 or 我院',
      },
    );
    return 'org/college';
  }

  private firstSelfMention(): [Scope, string] | null {
    for (const section of this.corpus.sections) {
      const scopes: Scope[] = [
        { section: section.section, sectionNumber: section.number, item: null, text: this.corpus.sectionText.get(section.section) ?? '' },
        ...section.items.map((item) => ({
          section: section.section,
          sectionNumber: section.number,
          item: item.number,
          text: this.corpus.itemText.get(`${section.section}.${item.number}`) ?? '',
        })),
      ];
      for (const scope of scopes) {
        const word = /我院|学院/.exec(scope.text)?.[0];
        if (word) return [scope, word];
      }
    }
    return null;
  }

  private organization(name: string, orgKind: OrganizationKind, scope: Scope, confidence: number, evidence: string): string {
    const known = this.dictionary.lookup(name, ['ORGANIZATION', 'GROUP']);
    if (known) return this.linked(known, scope, name, name, Math.max(confidence, 0.85));
    const id = this.freshId('org', nameSlug(name), name);
    this.entity(id, 'ORGANIZATION', { name, nameEn: pinyinGloss(name), orgKind }, scope, name, {
      status: 'candidate',
      confidence: round(confidence),
      evidence,
    });
    return id;
  }

  private group(name: string, scope: Scope): string {
    const known = this.dictionary.lookup(name, ['GROUP', 'ORGANIZATION']);
    if (known) return this.linked(known, scope, name, name, 0.85);
    const groupKind = /党委/.test(name)
      ? 'PARTY_COMMITTEE'
      : /支部/.test(name)
        ? 'PARTY_BRANCH'
        : /教研/.test(name)
          ? 'TEACHING_GROUP'
          : /专业/.test(name)
            ? 'MAJOR'
            : /班$/.test(name)
              ? 'CLASS'
              : /团队|代表队/.test(name)
                ? 'TEAM'
                : /工作室/.test(name)
                  ? 'STUDIO'
                  : 'OTHER';
    const id = this.freshId('group', nameSlug(name), name);
    this.entity(id, 'GROUP', { name, nameEn: pinyinGloss(name), groupKind }, scope, name, {
      status: 'candidate',
      confidence: 0.6,
      evidence: 'the subject of an award, named like a part of the college',
    });
    return id;
  }

  private competition(name: string, level: Level | undefined, scope: Scope, date: string | undefined): string {
    const known = this.dictionary.lookup(name, ['COMPETITION', 'EVENT'], true);
    if (known) return this.linked(known, scope, name, name, 0.8);
    const id = this.freshId('competition', nameSlug(name), name);
    const edition = /第[0-9一二三四五六七八九十百]+届|首届/.exec(name)?.[0];
    this.entity(
      id,
      'COMPETITION',
      { name, nameEn: pinyinGloss(name), ...(edition ? { edition } : {}), ...(level ? { level } : {}), ...(date ? { date } : {}) },
      scope,
      name,
      {
        status: 'candidate',
        confidence: 0.6,
        evidence: 'named where an award was won (在…中, 参加…)',
      },
    );
    return id;
  }

  private fact(
    type: RelationType,
    from: string,
    to: string,
    scope: Scope,
    quote: string,
    confidence: number,
    evidence: string,
    fields: Record<string, unknown> = {},
  ): void {
    const same = this.facts.find(
      (f) => f.type === type && f.from === from && f.to === to && JSON.stringify(f.fields) === JSON.stringify(fields),
    );
    if (same) {
      if (same.section === scope.section && !same.sources.some((s) => s.quote === quote && s.item === (scope.item ?? undefined)))
        same.sources.push(this.source(scope, quote));
      return;
    }
    this.factCount++;
    const where = scope.item === null ? `s${scope.sectionNumber}` : `s${scope.sectionNumber}-${scope.item}`;
    this.facts.push({
      id: `fact/x-${where}-${this.factCount}`,
      type,
      from,
      to,
      section: scope.section,
      fields,
      sources: [this.source(scope, quote)],
      review: { status: 'candidate', confidence: round(confidence), evidence },
    });
  }

  // ── facts ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Who won each award of a sentence: the people written since the previous award (a list of
   * them wins together; 分别 pairs a list of people with a list of awards in order), or the
   * previous award's winners when none are (摘得银牌、荣获…称号), or a group named as the subject,
   * or the college. Coaches (在…老师的指导下) coach rather than win.
   */
  private awards(scope: Scope, sentence: Sentence, awards: AwardMention[], people: PersonMention[], ids: Map<PersonMention, string>): void {
    const coached = coachSpans(sentence.text).map(([a, b]) => [a + sentence.start, b + sentence.start] as const);
    const isCoach = (p: PersonMention) => coached.some(([a, b]) => p.start >= a && p.end <= b);
    const inSentence = people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
    const coaches = inSentence.filter(isCoach);
    const competitions = findCompetitions(sentence.text).map((c) => ({
      ...c,
      start: c.start + sentence.start,
      end: c.end + sentence.start,
    }));

    let previous: Recipient[] = [];
    let scopeStart = sentence.start;
    for (let i = 0; i < awards.length; i++) {
      const award = awards[i]!;
      const before = award.subjectEnd ?? award.start;
      let recipients: Recipient[] = inSentence
        .filter((p) => !isCoach(p) && p.start >= scopeStart && p.end <= before)
        .map((p) => ({ id: ids.get(p)!, mention: p, confidence: p.confidence }));
      // 杨珍华、马嘉璐分别荣获一等奖和二等奖: the n-th winner the n-th award.
      const between = scope.text.slice(recipients.at(-1)?.mention?.end ?? before, before);
      if (recipients.length > 1 && /分别|分別/.test(between)) {
        const run = [award];
        for (let j = i + 1; j < awards.length && run.length < recipients.length; j++) {
          if (inSentence.some((p) => p.start >= run.at(-1)!.end && p.end <= awards[j]!.start)) break;
          run.push(awards[j]!);
        }
        if (run.length === recipients.length) {
          run.forEach((a, k) => this.award(scope, sentence, a, [recipients[k]!], [], competitions, ids, 0.9));
          previous = [recipients.at(-1)!];
          scopeStart = run.at(-1)!.end;
          i += run.length - 1;
          continue;
        }
      }
      let inferred = 1;
      // 摘得银牌、荣获…称号: a second award in the same clause goes to the same winners.
      if (recipients.length === 0 && previous.length > 0 && !/[，,]/.test(scope.text.slice(awards[i - 1]!.end, before))) {
        recipients = previous;
        inferred = 0.9;
      }
      // 两名同学双双入围…: as many people as it counts, the last ones the item named.
      const counted = recipients.length === 0 ? COUNTED_PEOPLE.exec(scope.text.slice(sentence.start, before).split(/[，,]/).at(-1)!) : null;
      const count = counted ? countOf(counted[1]!) : 0;
      if (count > 0) {
        const earlier = people.filter((p) => p.end <= before && !isCoach(p));
        const named = [...new Map(earlier.map((p) => [ids.get(p)!, p])).entries()].slice(-count);
        if (named.length === count) {
          recipients = named.map(([id, p]) => ({ id, mention: p, confidence: p.confidence }));
          inferred = 0.8;
        }
      }
      if (recipients.length === 0) {
        const clauseText = scope.text.slice(sentence.start, before);
        const group = subjectGroup(clauseText);
        if (group) {
          const at = sentence.start + group.offset;
          recipients = [{ id: this.group(group.name, scope), mention: { start: at, end: at + group.name.length }, confidence: 0.6 }];
        } else {
          const quote = /我院|学院/.exec(scope.text.slice(sentence.start, award.end))?.[0] ?? null;
          recipients = [{ id: this.college(scope, quote), confidence: quote ? 0.7 : 0.55 }];
          // 名校、品牌专业…等8个项目考核结果为优秀; “A”“B”…获批立项: the college, once for each thing listed.
          const listed = enumerationBefore(scope.text.slice(Math.max(scopeStart, sentence.start), before));
          if (listed.length > 1) {
            const offset = Math.max(scopeStart, sentence.start);
            for (const thing of listed) {
              const mention = { start: offset + thing.start, end: offset + thing.start + thing.name.length };
              this.award(scope, sentence, award, [{ ...recipients[0]!, mention }], [], competitions, ids, 0.8);
            }
            previous = recipients;
            scopeStart = award.end;
            continue;
          }
        }
        inferred = 0.85;
      }
      const coachesOfAward = coaches.filter((c) => c.start >= scopeStart && c.end <= award.start);
      this.award(scope, sentence, award, recipients, coachesOfAward, competitions, ids, inferred);
      previous = recipients;
      scopeStart = award.end;
    }
  }

  private award(
    scope: Scope,
    sentence: Sentence,
    award: AwardMention,
    recipients: Recipient[],
    coaches: PersonMention[],
    competitions: { name: string; start: number; end: number; level?: Level }[],
    ids: Map<PersonMention, string>,
    certainty: number,
  ): void {
    const rankConfidence =
      award.rank === 'SELECTED' || award.rank === 'APPROVED'
        ? 0.6
        : award.rank === 'TITLE' || award.rank === 'EXCELLENT_RATING'
          ? 0.7
          : 0.85;
    const competition = [...competitions].reverse().find((c) => c.end <= award.start) ?? competitions.find((c) => c.start >= award.end);
    const discipline = disciplineOf(scope.text.slice(Math.max(sentence.start, award.start - 16), award.end));
    const level = award.level ?? competition?.level;
    // The sentence's date, or the one a previous sentence of the item sets the scene with
    // (12月13日，…大赛在广州落幕。我院…摘得银牌); not across a semicolon, which joins other news.
    const date =
      dateOf(scope.text.slice(sentence.start, award.end), this.schoolYear) ??
      (scope.text[sentence.start - 1] === '。' ? dateOf(scope.text.slice(0, sentence.start), this.schoolYear) : undefined);
    const awardId = `award/x-s${scope.sectionNumber}${scope.item === null ? '' : `-${scope.item}`}-${this.entities.size + 1}`;
    this.entity(
      awardId,
      'AWARD',
      {
        name: award.name,
        nameEn: pinyinGloss(award.name),
        rank: award.rank,
        rankText: award.rankText,
        ...(level ? { level } : {}),
        ...(date ? { date } : {}),
        ...(discipline && award.rank !== 'SELECTED' ? { discipline } : {}),
      },
      scope,
      scope.text.slice(award.start, award.end),
      { status: 'candidate', confidence: round(rankConfidence), evidence: `${award.rank} pattern (${award.rankText})` },
    );
    for (const recipient of recipients) {
      const from = recipient.mention && recipient.mention.start < award.start ? recipient.mention.start : award.start;
      const quote = scope.text.slice(from, award.end);
      this.fact(
        'RECEIVED',
        recipient.id,
        awardId,
        scope,
        quote,
        Math.min(recipient.confidence, rankConfidence) * certainty,
        recipient.mention ? 'the winner is written before the award' : 'no winner written: the college, or the subject of the clause',
      );
    }
    for (const coach of coaches) {
      this.fact(
        'COACHED',
        ids.get(coach)!,
        awardId,
        scope,
        scope.text.slice(coach.start, award.end),
        0.7 * coach.confidence,
        'named as coach (…的指导下, 指导教师)',
      );
    }
    // Titles and selections follow from a result rather than being won at the competition.
    if (competition && !['TITLE', 'SELECTED', 'APPROVED', 'EXCELLENT_RATING'].includes(award.rank)) {
      const competitionId = this.competition(competition.name, competition.level, scope, date);
      const [a, b] = competition.start < award.start ? [competition.start, award.end] : [award.start, competition.end];
      this.fact('AT', awardId, competitionId, scope, scope.text.slice(a, b), 0.6, 'the competition the sentence names');
    }
  }

  private partnerships(scope: Scope, sentence: Sentence): void {
    for (const partner of findPartners(sentence.text)) {
      const quote = sentence.text.slice(partner.clauseStart, partner.clauseEnd);
      if (quote.length < 2) continue;
      const id = this.organization(partner.name, partner.orgKind, scope, 0.75, `a partner (${partner.kind})`);
      const college = this.college(scope, /我院|学院/.exec(sentence.text)?.[0] ?? null);
      if (id === college) continue;
      this.fact('PARTNERED_WITH', college, id, scope, quote, 0.75, `partnership pattern (${partner.kind})`, {
        partnershipKind: partner.kind satisfies PartnershipKind,
      });
    }
  }

  /** Quantities the report states, proposed as metrics; what each measures is the curator's to link (MEASURES). */
  private metrics(scope: Scope, sentence: Sentence): void {
    for (const metric of findMetrics(sentence.text)) {
      const id = this.freshId('metric', nameSlug(metric.name.replace(/[\d.%]+/g, '')), metric.name);
      this.entity(
        id,
        'METRIC',
        {
          name: metric.name,
          nameEn: pinyinGloss(metric.name),
          value: metric.value,
          unit: metric.unit,
          unitEn: metric.unitEn,
          ...(metric.lowerBound ? { lowerBound: true } : {}),
        },
        scope,
        metric.name,
        { status: 'candidate', confidence: 0.6, evidence: 'a quantity (…量/率/数 达 N unit)' },
      );
    }
  }

  private roles(scope: Scope, sentence: Sentence, people: PersonMention[], ids: Map<PersonMention, string>): void {
    for (const role of findRoles(sentence.text)) {
      const person = people.find((p) => p.start === role.personStart + sentence.start);
      if (!person) continue;
      const college = this.college(scope, role.selfWord ?? null);
      const quote = sentence.text.slice(role.start, role.end);
      this.fact(
        'HELD_ROLE',
        ids.get(person)!,
        college,
        scope,
        quote,
        0.6 * person.confidence,
        'role pattern (担任, 任, a title before the name)',
        { role: role.role, roleEn: role.roleEn },
      );
    }
  }
}

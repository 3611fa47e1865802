import type { OrganizationKind, PartnershipKind } from '../model/vocabulary';
import { ORGANIZATION_ENDING, organizationKindOf, partnershipKindOf } from './lexicon';

/** A partner of the college a sentence names, with the kind of the partnership and where. */
export interface PartnerMention {
  name: string;
  orgKind: OrganizationKind;
  kind: PartnershipKind;
  start: number;
  end: number;
  /** The words that state the partnership (the quote of the fact). */
  clauseStart: number;
  clauseEnd: number;
}

/** The organisation a phrase starts with: its shortest prefix ending like one (宁波市人民检察院第四检察部 → 宁波市人民检察院). */
export function organizationPrefix(phrase: string): string | null {
  ORGANIZATION_ENDING.lastIndex = 0;
  for (let m = ORGANIZATION_ENDING.exec(phrase); m; m = ORGANIZATION_ENDING.exec(phrase)) {
    const end = m.index + m[0].length;
    if (end >= 4) return phrase.slice(0, end);
  }
  return null;
}

/** Names of a media list: 《宁波晚报（甬上）》 → 宁波晚报; 宁波二套《来发讲啥西》栏目 → 宁波二套, 来发讲啥西. */
function mediaNames(item: string): string[] {
  const names: string[] = [];
  const titled = [...item.matchAll(/《([^》]+)》/g)].map((m) => m[1]!.replace(/（[^）]*）|\([^)]*\)/g, ''));
  const rest = item
    .replace(/《[^》]*》/g, ' ')
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/栏目|频道|客户端|公众号/g, '')
    .trim();
  for (const part of rest.split(/\s+/)) if (part.length >= 2) names.push(part);
  names.push(...titled.filter((t) => t.length >= 2));
  return names;
}

const LIST_SEPARATOR = /、|和|及/;

interface Rule {
  pattern: RegExp;
  /** The partners the match names: each with its offset in the match's first group. */
  partners: (group: string) => { name: string; offset: number }[];
  kind?: PartnershipKind;
  orgKind?: OrganizationKind;
}

/** Every element of a list that starts with an organisation's name. */
const organizationsOfList = (group: string) => {
  const partners: { name: string; offset: number }[] = [];
  let offset = 0;
  for (const part of group.split(LIST_SEPARATOR)) {
    const name = organizationPrefix(part);
    if (name) partners.push({ name, offset });
    offset += part.length + 1;
  }
  return partners;
};

const RULES: Rule[] = [
  // 与浙江广厦职业技术大学、浙江工商职业技术学院开展中高职一体化合作育人; 与舟山技师学院举行了签约协议
  { pattern: /与([^，。；与]{4,60}?)(?:开展|进行|举行|签订|签署|达成|共建|合作|建立|结对)/g, partners: organizationsOfList },
  // 聘请了宁波市人民检察院第四检察部副主任荣鲁宁检察官担任学院法治副校长
  { pattern: /聘请(?:了)?([^，。；]{4,40}?)(?:担任|为)/g, partners: (g) => organizationsOfList(g).slice(0, 1), kind: 'APPOINTMENT' },
  // 前往延边州龙井职业教育中心支教一个月
  { pattern: /(?:前往|赴)([^，。；]{4,30}?)(?:支教|挂职|送教)/g, partners: organizationsOfList, kind: 'TEACHER_SUPPORT' },
  // 接收延吉市职业高级中学建档立卡学生一名
  { pattern: /接收([^，。；]{4,30}?)(?:建档立卡|学生|交换生)/g, partners: organizationsOfList, kind: 'STUDENT_PLACEMENT' },
  // 黔西南州机电职业技术学校结对
  { pattern: /([^，。；、（）]{4,30}?)结对/g, partners: (g) => organizationsOfList(g).slice(-1), kind: 'PAIRED_ASSISTANCE' },
  // 甬舟合作（舟山技师学院）
  { pattern: /合作[（(]([^）)]{4,30})[）)]/g, partners: organizationsOfList, kind: 'OTHER' },
  // 对接超星学习通 (a platform; the college's own systems are not partners)
  {
    pattern: /对接([^，。；、]{2,12})(?=[，。；]|$)/g,
    partners: (g) => (/系统|中心|平台|工作$/.test(g) ? [] : [{ name: g, offset: 0 }]),
    kind: 'PLATFORM_INTEGRATION',
    orgKind: 'PLATFORM',
  },
];

/** Media that reported on the college: 人民日报（客户端）、学习强国刊登我院报道两篇; X对我院进行两次专题报道; 教科网投稿. */
const MEDIA = [
  /((?:[^，。；、]{2,24}、)*[^，。；、]{2,24}?)(?:刊登|转载|刊发|播出)(?:了)?(?:我院|学院)/g,
  /((?:[^，。；、]{2,24}、)*[^，。；、]{2,24}?)对(?:我院|学院)(?:进行)?[^，。；]{0,8}?报道/g,
  /((?:[^，。；、]{2,12}、)*[^，。；、\d]{2,12}?)投稿/g,
];

/** The partners of the college a sentence names. */
export function findPartners(sentence: string): PartnerMention[] {
  const found: PartnerMention[] = [];
  const add = (name: string, start: number, kind: PartnershipKind, clauseStart: number, clauseEnd: number, orgKind?: OrganizationKind) => {
    if (name.length < 2 || found.some((f) => f.name === name && f.kind === kind)) return;
    found.push({ name, orgKind: orgKind ?? organizationKindOf(name), kind, start, end: start + name.length, clauseStart, clauseEnd });
  };
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const groupStart = m.index + m[0].indexOf(m[1]!);
      const clauseEnd = m.index + m[0].length;
      // The kind from the words of this clause only: a later clause may state another partnership.
      const kind = rule.kind ?? partnershipKindOf(sentence.slice(m.index).split(/[，,]/)[0]!);
      for (const partner of rule.partners(m[1]!)) add(partner.name, groupStart + partner.offset, kind, m.index, clauseEnd, rule.orgKind);
    }
  }
  for (const pattern of MEDIA) {
    for (const m of sentence.matchAll(pattern)) {
      const groupStart = m.index + m[0].indexOf(m[1]!);
      let offset = 0;
      for (const part of m[1]!.split('、')) {
        for (const name of mediaNames(part)) {
          const at = sentence.indexOf(name, groupStart + offset);
          if (at >= 0) add(name, at, 'MEDIA_COVERAGE', Math.min(at, m.index + m[0].length - 2), m.index + m[0].length, 'MEDIA');
        }
        offset += part.length + 1;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

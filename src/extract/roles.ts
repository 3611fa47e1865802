/** Roles people hold at the college: 担任学院法治副校长, 院长李剑波, 我院语文教研室主任胡珂珂. */

export interface RoleMention {
  role: string;
  roleEn: string;
  /** Where the person's name starts (a name found by the people finder must start there). */
  personStart: number;
  /** The quote: the role and the name. */
  start: number;
  end: number;
  /** 学院 or 我院 where the sentence says the role is the college's. */
  selfWord?: string;
}

/** English glosses of common college roles; anything else gets a marked placeholder. */
const ROLE_GLOSSES: [RegExp, string][] = [
  [/^副院长$/, 'Vice-President'],
  [/^院长$/, 'President'],
  [/^党委副书记$/, 'Deputy Secretary of the Party Committee'],
  [/^党委书记$/, 'Secretary of the Party Committee'],
  [/法治副校长$/, 'Vice-Principal for Rule of Law'],
  [/教研室主任$/, 'Head of the Teaching and Research Office'],
];

export function roleGloss(role: string): string {
  return ROLE_GLOSSES.find(([pattern]) => pattern.test(role))?.[1] ?? `${role} (to translate)`;
}

/** College titles written right before a name. */
const TITLE_BEFORE_NAME = /((?:我院|学院)?(?:党委副书记|党委书记|副院长|院长|[^，。；、\s]{2,8}?教研室主任))([\u4e00-\u9fff]{2,3})/g;
/** 担任(学院)法治副校长 after a name (and any title of address). */
const TAKES_ROLE = /([\u4e00-\u9fff]{2,3}?)(?:检察官|老师|同志|教授)?担任((?:我院|学院)?[^，。；、\s]{2,12}?)(?=[，。；、,]|并|$)/g;

export function findRoles(sentence: string): RoleMention[] {
  const found: RoleMention[] = [];
  for (const m of sentence.matchAll(TITLE_BEFORE_NAME)) {
    const selfWord = /^(我院|学院)/.exec(m[1]!)?.[1];
    const role = m[1]!.replace(/^(?:我院|学院)/, '');
    found.push({
      role,
      roleEn: roleGloss(role),
      personStart: m.index + m[1]!.length,
      start: m.index,
      end: m.index + m[0].length,
      ...(selfWord ? { selfWord } : {}),
    });
  }
  for (const m of sentence.matchAll(TAKES_ROLE)) {
    const selfWord = /^(我院|学院)/.exec(m[2]!)?.[1];
    if (!selfWord) continue;
    const role = m[2]!.replace(/^(?:我院|学院)/, '');
    found.push({ role, roleEn: roleGloss(role), personStart: m.index, start: m.index, end: m.index + m[0].length, selfWord });
  }
  return found;
}

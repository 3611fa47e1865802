import type { AwardRank, Level, OrganizationKind, PartnershipKind } from '../model/vocabulary';

/**
 * The words the extractor's patterns are made of: general Chinese (surnames, titles, award and
 * level words), nothing taken from one report. A new report with new wordings extends these lists.
 */

/** Common single-character surnames (the few hundred that cover nearly every name). */
export const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付' +
    '方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦' +
    '俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦' +
    '麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐' +
    '冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初云容敬扈晁芮普阙浦戈伏鹿' +
    '薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅於揭尉冶斯元束檀衣展阴昝智幸奉植衡富尧' +
    '洪傅阎竺忻贝励凤鄂滑钭'
  ).split(''),
);

/** Two-character surnames. */
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
];

/** Characters that do not occur in given names but do right after a name (function words, units, titles). */
export const NOT_IN_GIVEN_NAME = new Set(
  '的了在和与及等为被是有于以从对将把到就也都而且之其这那个们中上下年月日号名位届第级省市区县校院部局厅处室组班队会赛奖项老师同学生员长记任获得荣摘取分参加前往指导带领担聘副委'.split(
    '',
  ),
);

/** Words written right before a person's name: titles, roles, and what the person is to the college. */
export const TITLES_BEFORE = [
  '选手',
  '学生',
  '教师',
  '老师',
  '同学',
  '毕业生',
  '副院长',
  '院长',
  '副书记',
  '书记',
  '副市长',
  '市长',
  '副主任',
  '主任',
  '副局长',
  '局长',
  '副厅长',
  '厅长',
  '副校长',
  '校长',
  '检察官',
  '教授',
  '队员',
  '党员',
  '干部',
  '负责人',
  '专家',
  '班主任',
  '我院',
  '学院',
  '班',
];

/** Words written right after a person's name (titles of address). */
export const TITLES_AFTER = [
  '老师',
  '同志',
  '同学',
  '教授',
  '检察官',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '书记',
  '主任',
  '先生',
  '女士',
  '选手',
  '教练',
  '师傅',
];

/** What may follow a name in a sentence: verbs of winning, going, being chosen, and list words. */
export const WORDS_AFTER_NAME = [
  '等',
  '和',
  '与',
  '及',
  '在',
  '的',
  '为',
  '被',
  '获',
  '荣获',
  '摘得',
  '取得',
  '分别',
  '分別',
  '组成',
  '成功',
  '入选',
  '入围',
  '前往',
  '反哺',
  '受邀',
  '莅临',
  '来到',
  '担任',
  '任',
  '参加',
  '带领',
  '指导',
  '也',
  '是',
  '均',
  '都',
  '双双',
  '获评',
  '获得',
  '代表',
  '同志',
  '出席',
  '主持',
  '带队',
  '讲话',
  '介绍',
  '表示',
  '指出',
  '强调',
  '一行',
];

/** Separators of a list of names. */
export const NAME_SEPARATORS = ['、', '和', '与', '及', '，', ','];

export interface RankPattern {
  pattern: RegExp;
  rank: (match: RegExpExecArray) => AwardRank;
}

const PRIZE: Record<string, AwardRank> = { 特: 'FIRST_PRIZE', 一: 'FIRST_PRIZE', 二: 'SECOND_PRIZE', 三: 'THIRD_PRIZE' };
const MEDAL: Record<string, AwardRank> = { 金: 'GOLD_MEDAL', 银: 'SILVER_MEDAL', 铜: 'BRONZE_MEDAL' };

/** An award's rank as reports write it; the first pattern that matches at a place wins. */
export const RANK_PATTERNS: RankPattern[] = [
  { pattern: /(?:团体|个人)?([特一二三])等奖/g, rank: (m) => PRIZE[m[1]!]! },
  { pattern: /([金银铜])(?:牌|奖)/g, rank: (m) => MEDAL[m[1]!]! },
  { pattern: /优胜奖|优秀奖/g, rank: () => 'EXCELLENCE_AWARD' },
  { pattern: /冠军/g, rank: () => 'CHAMPION' },
  { pattern: /亚军/g, rank: () => 'RUNNER_UP' },
  { pattern: /季军/g, rank: () => 'RANKED' },
  // 第一和第二名: the first place of a pair written once.
  {
    pattern: /第([一二三四五六七八九十])(?=[和、]第[一二三四五六七八九十]+名)/g,
    rank: (m) => (m[1] === '一' ? 'FIRST_PLACE' : m[1] === '二' ? 'SECOND_PLACE' : 'RANKED'),
  },
  {
    pattern: /第([一二三四五六七八九十\d]+)名/g,
    rank: (m) => (m[1] === '一' || m[1] === '1' ? 'FIRST_PLACE' : m[1] === '二' || m[1] === '2' ? 'SECOND_PLACE' : 'RANKED'),
  },
  { pattern: /奖学金/g, rank: () => 'TITLE' },
];

/** How an honorary title ends: 技术能手, 先进个人, 先进集体, 教坛新秀, 优秀教研组, 品牌专业 … */
export const TITLE_ENDINGS =
  '(?:能手|先进个人|先进集体|先进工作集体|先进基层党组织|先进单位|先进工作者|标兵|模范|新秀|名师|优秀教师|优秀教研组|优秀班主任|品牌专业|德育品牌|示范校|示范学校|试点学校|文明单位)';

/** Verbs that give an award to the subject before them. */
export const AWARD_VERBS = '(?:荣获|获得|获评|获(?![批得评取悉奖])|摘得|取得|夺得|被评为|评为|表彰为|授予)';

/** The level a name implies, from the place or scope it starts with. */
export function levelOf(text: string): Level | undefined {
  if (/世界|国际/.test(text)) return 'INTERNATIONAL';
  if (/全国|国家|中华人民共和国|国赛|教育部/.test(text)) return 'NATIONAL';
  if (/[省]|浙江/.test(text)) return 'PROVINCIAL';
  if (/[市]|宁波/.test(text)) return 'MUNICIPAL';
  if (/[区县]/.test(text)) return 'DISTRICT';
  if (/校级|院级|校内/.test(text)) return 'SCHOOL';
  return undefined;
}

/** What an organisation is, from how its name ends. */
export function organizationKindOf(name: string): OrganizationKind {
  if (/检察院$/.test(name)) return 'PROCURATORATE';
  if (/大学$/.test(name)) return 'UNIVERSITY';
  if (/(?:学院|学校|中学|中心|技校|职高)$/.test(name)) return 'SCHOOL';
  if (/(?:局|厅|政府|部)$/.test(name)) return 'GOVERNMENT';
  if (/(?:公司|集团|企业)$/.test(name)) return 'COMPANY';
  if (/(?:协会|学会|促进会|联合会)$/.test(name)) return 'ASSOCIATION';
  if (/(?:报|网|台|日报|晚报|套|栏目|公众号|强国)$/.test(name)) return 'MEDIA';
  return 'OTHER';
}

/** How an organisation's name ends (the shortest such prefix of a phrase is its name). */
export const ORGANIZATION_ENDING = /(?:大学|学院|学校|中学|中心|检察院|法院|医院|研究院|公司|集团|协会|促进会|教育局|人社局|政府|委员会)/g;

/** The kind of a partnership, from the words of its clause; the first that matches wins. */
export const PARTNERSHIP_KIND_WORDS: [RegExp, PartnershipKind][] = [
  [/签约|签订|签署|协议/, 'SIGNED_AGREEMENT'],
  [/合作办学|联合办学|办学模式|贯制|大专/, 'JOINT_PROGRAMME'],
  [/一体化|中高职/, 'INTEGRATED_EDUCATION'],
  [/结对|帮扶/, 'PAIRED_ASSISTANCE'],
  [/支教|送教/, 'TEACHER_SUPPORT'],
  [/接收|来甬|交换生/, 'STUDENT_PLACEMENT'],
  [/聘请|聘任|担任/, 'APPOINTMENT'],
  [/对接|平台/, 'PLATFORM_INTEGRATION'],
  [/报道|刊登|转载|刊发|投稿/, 'MEDIA_COVERAGE'],
];

export function partnershipKindOf(clause: string): PartnershipKind {
  return PARTNERSHIP_KIND_WORDS.find(([pattern]) => pattern.test(clause))?.[1] ?? 'OTHER';
}

/** 2020学年第一学期 → 2020: the school year a report's title names, which dates without a year fall in. */
export function schoolYearOf(title: string): number | undefined {
  const match = /(\d{4})学年/.exec(title);
  return match ? Number(match[1]) : undefined;
}

/**
 * The date a text states last (2020年12月, 12月13日, 2020年9月), as YYYY-MM(-DD). A date without a
 * year falls in the report's school year: September to December in its first year, January to
 * August in the next.
 */
export function dateOf(sentence: string, schoolYear: number | undefined): string | undefined {
  // The last date written: the one nearest to what follows it.
  const match = [...sentence.matchAll(/(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/g)].at(-1);
  if (!match) return undefined;
  const month = Number(match[2]);
  const day = match[3] ? Number(match[3]) : undefined;
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || day > 31))) return undefined;
  const year = match[1] ? Number(match[1]) : schoolYear === undefined ? undefined : month >= 9 ? schoolYear : schoolYear + 1;
  if (year === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${year}-${two(month)}${day !== undefined ? `-${two(day)}` : ''}`;
}

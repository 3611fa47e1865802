import type { Random } from './random';

/**
 * Word pools the synthetic names are built from: Chinese surnames with their rough frequency
 * (the commonest few cover a large share of people, as in the population, so that lookups by a
 * common name find several people), given-name characters, places, trades and the words of
 * competition, project and event names as reports of vocational colleges write them.
 */

// Surnames by rough share of the population (percent), commonest first.
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7.1],
  ['李', 7.0],
  ['张', 6.7],
  ['刘', 5.4],
  ['陈', 4.5],
  ['杨', 3.1],
  ['黄', 2.2],
  ['赵', 2.0],
  ['吴', 1.9],
  ['周', 1.9],
  ['徐', 1.5],
  ['孙', 1.5],
  ['马', 1.4],
  ['朱', 1.3],
  ['胡', 1.3],
  ['郭', 1.2],
  ['何', 1.2],
  ['高', 1.1],
  ['林', 1.1],
  ['罗', 0.9],
  ['郑', 0.9],
  ['梁', 0.9],
  ['谢', 0.8],
  ['宋', 0.8],
  ['唐', 0.8],
  ['许', 0.7],
  ['韩', 0.7],
  ['冯', 0.7],
  ['邓', 0.7],
  ['曹', 0.7],
  ['彭', 0.6],
  ['曾', 0.6],
  ['肖', 0.6],
  ['田', 0.6],
  ['董', 0.5],
  ['袁', 0.5],
  ['潘', 0.5],
  ['于', 0.5],
  ['蒋', 0.5],
  ['蔡', 0.5],
  ['余', 0.5],
  ['杜', 0.4],
  ['叶', 0.4],
  ['程', 0.4],
  ['苏', 0.4],
  ['魏', 0.4],
  ['吕', 0.4],
  ['丁', 0.4],
  ['任', 0.4],
  ['沈', 0.4],
  ['姚', 0.3],
  ['卢', 0.3],
  ['姜', 0.3],
  ['崔', 0.3],
  ['钟', 0.3],
  ['谭', 0.3],
  ['陆', 0.3],
  ['汪', 0.3],
  ['范', 0.3],
  ['金', 0.3],
  ['石', 0.3],
  ['廖', 0.3],
  ['贾', 0.3],
  ['夏', 0.3],
  ['韦', 0.2],
  ['付', 0.2],
  ['方', 0.2],
  ['白', 0.2],
  ['邹', 0.2],
  ['孟', 0.2],
  ['熊', 0.2],
  ['秦', 0.2],
  ['邱', 0.2],
  ['江', 0.2],
  ['尹', 0.2],
  ['薛', 0.2],
  ['闫', 0.2],
  ['段', 0.2],
  ['雷', 0.2],
  ['侯', 0.2],
  ['龙', 0.2],
  ['史', 0.2],
  ['陶', 0.2],
  ['黎', 0.2],
  ['贺', 0.2],
  ['顾', 0.2],
  ['毛', 0.2],
  ['郝', 0.2],
  ['龚', 0.2],
  ['邵', 0.2],
  ['万', 0.2],
  ['钱', 0.2],
  ['严', 0.1],
  ['覃', 0.1],
  ['武', 0.1],
  ['戴', 0.1],
  ['莫', 0.1],
  ['孔', 0.1],
  ['向', 0.1],
  ['汤', 0.1],
  ['裘', 0.05],
  ['应', 0.05],
  ['俞', 0.1],
  ['包', 0.05],
  ['童', 0.05],
  ['洪', 0.1],
  ['荣', 0.02],
  ['欧阳', 0.05],
  ['司马', 0.01],
  ['诸葛', 0.01],
];
const SURNAME_TOTAL = SURNAMES.reduce((sum, [, w]) => sum + w, 0);

const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国文辉玲红鹏飞斌波宇浩凯健俊帆帅旭宁颖婷雪琳晨露佳嘉怡欣然子轩梓涵一诺浩宇雨泽思远志新向东剑晓莉娴鲁挺骏妍自洁礼斐珍滢璐明清钏海伦翔源立群静斐晨露薇喆铖',
];

/** A person's name: a surname by frequency, then one given character (a third of names) or two. */
export function personName(random: Random): string {
  const surname = random.weighted(SURNAMES, SURNAME_TOTAL);
  const given = random.pick(GIVEN) + (random.chance(0.67) ? random.pick(GIVEN) : '');
  return surname + given;
}

export const CITIES = [
  '宁波',
  '杭州',
  '温州',
  '绍兴',
  '嘉兴',
  '湖州',
  '金华',
  '衢州',
  '舟山',
  '台州',
  '丽水',
  '慈溪',
  '余姚',
  '奉化',
  '象山',
  '宁海',
  '北仑',
  '镇海',
  '鄞州',
  '海曙',
  '江北',
  '义乌',
  '永康',
  '诸暨',
  '上虞',
  '瑞安',
  '乐清',
  '温岭',
  '临海',
  '桐乡',
];
const COLLEGE_FIELDS = [
  '第一',
  '第二',
  '第三',
  '交通',
  '机电',
  '建设',
  '商贸',
  '信息',
  '工程',
  '轻工',
  '城市',
  '海洋',
  '旅游',
  '艺术',
  '卫生',
  '经贸',
  '汽车',
  '电子',
  '化工',
  '纺织',
];
const COLLEGE_TYPES = ['技师学院', '职业技术学院', '高级技工学校', '职业高级中学'];

/** The name of the n-th college: distinct for the first few thousand, then numbered. */
export function collegeName(n: number): string {
  const city = CITIES[n % CITIES.length]!;
  const field = COLLEGE_FIELDS[Math.floor(n / CITIES.length) % COLLEGE_FIELDS.length]!;
  const type = COLLEGE_TYPES[Math.floor(n / (CITIES.length * COLLEGE_FIELDS.length)) % COLLEGE_TYPES.length]!;
  const round = Math.floor(n / (CITIES.length * COLLEGE_FIELDS.length * COLLEGE_TYPES.length));
  return `${city}${field}${type}${round > 0 ? `（${round + 1}校区）` : ''}`;
}

/** Skills, the stuff of trades and of competition, project and class names. */
export const SKILLS = [
  '数控铣',
  '数控车',
  '工业机器人',
  '商品展示技术',
  '3D数字游戏艺术',
  '电工电子',
  '砌筑',
  '模具',
  '焊接',
  '汽车维修',
  '汽车喷漆',
  '美容美发',
  '烹饪',
  '西点制作',
  '酒店接待',
  '网站设计与开发',
  '移动应用开发',
  '云计算',
  '网络系统管理',
  '平面设计技术',
  '时装技术',
  '花艺',
  '木工',
  '精细木工',
  '瓷砖贴面',
  '管道与制暖',
  '电气装置',
  '制冷与空调',
  '工业控制',
  '机电一体化',
  '塑料模具工程',
  '原型制作',
  '建筑石雕',
  '园艺',
  '健康和社会照护',
  '货运代理',
  '信息网络布线',
  '水处理技术',
  '化学实验室技术',
  '增材制造',
  '光电技术',
  '无人机',
  '物联网',
  '电子商务',
  '会计',
  '物流',
  '茶艺',
  '中式面点',
  '服装设计',
  '室内装饰',
  '视觉传达',
  '建筑装饰',
  '计算机应用',
  '钳工',
  '车身修理',
];
const TRADE_VARIANTS = ['冲压', '注塑', '装调', '运维', '设计', '制作', '维修', '安装', '检测', '编程', '工艺', '管理'];

/** The n-th trade name: a skill, then the skill with a variant in brackets (模具工（冲压）). */
export function tradeName(n: number): string {
  const skill = SKILLS[n % SKILLS.length]!;
  const round = Math.floor(n / SKILLS.length);
  if (round === 0) return skill;
  const variant = TRADE_VARIANTS[(round - 1) % TRADE_VARIANTS.length]!;
  const series = Math.floor((round - 1) / TRADE_VARIANTS.length);
  return `${skill}（${variant}${series > 0 ? series + 1 : ''}）`;
}

/** Where a competition or event is held and at what level, as its name says it. */
export const REGIONS: readonly (readonly [string, 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL' | 'SCHOOL' | 'INTERNATIONAL'])[] = [
  ['全国', 'NATIONAL'],
  ['中华人民共和国', 'NATIONAL'],
  ['浙江省', 'PROVINCIAL'],
  ['省', 'PROVINCIAL'],
  ['宁波市', 'MUNICIPAL'],
  ['杭州市', 'MUNICIPAL'],
  ['温州市', 'MUNICIPAL'],
  ['市', 'MUNICIPAL'],
  ['校级', 'SCHOOL'],
  ['世界', 'INTERNATIONAL'],
];
export const CONTEST_TYPES = [
  '职业技能大赛',
  '技能竞赛',
  '职业院校技能大赛',
  '教学能力比赛',
  '优质课评选',
  '创新创业大赛',
  '技能节',
  '选拔赛',
  '文明风采活动',
  '班主任能力比赛',
];
export const PROJECT_TOPICS = [
  '匠心育人',
  '现代学徒制',
  '产教融合',
  '名师工作室',
  '课程思政',
  '精品课程',
  '工匠精神培育',
  '技能培训服务',
  '教材建设',
  '校企合作',
  '结对帮扶',
  '社区教育',
  '数字化校园',
  '实训基地建设',
  '党建品牌',
];
export const PROJECT_TYPES = ['工程', '试点项目', '建设项目', '计划', '课题', '行动', '品牌'];
export const EVENT_TYPES = [
  '主题党日活动',
  '开幕式',
  '专题讲座',
  '学习会',
  '交流会',
  '现场会',
  '友谊赛',
  '展示活动',
  '志愿服务',
  '颁奖典礼',
];
export const SPORTS = ['篮球', '乒乓球', '排球', '田径', '羽毛球'];
export const ORG_WORDS: Record<string, readonly string[]> = {
  GOVERNMENT: ['市教育局', '市人力资源和社会保障局', '市人民政府', '区教育局', '省教育厅', '省人社厅', '市总工会'],
  PARTY_COMMITTEE: ['市委', '区委', '市委教育工委'],
  PROCURATORATE: ['市人民检察院', '区人民检察院'],
  ASSOCIATION: ['职业教育协会', '教育培训行业促进会', '技能人才协会', '烹饪协会'],
  UNIVERSITY: ['职业技术大学', '大学', '理工学院'],
  SCHOOL: ['中学', '职业中专', '实验学校', '初级中学'],
  COLLEGE: ['卫生职业技术学院', '城市职业技术学院', '工程学院'],
  COMPANY: ['科技有限公司', '机械有限公司', '电器股份有限公司', '模具有限公司', '汽车服务有限公司', '酒店管理有限公司'],
  PLATFORM: ['学习强国平台', '职教云平台', '技能人才服务平台'],
  MEDIA: ['日报', '晚报', '电视台', '教育网', '新闻网'],
  MEDIA_NATIONAL: ['人民日报', '中国教育报', '光明日报', '新华网'],
  OTHER: ['研究院', '服务中心', '基金会'],
};
export const BRAND_CHARACTERS = [...'东方华海宏远恒通明德天成鑫盛立达信诚博瑞新创安泰永嘉凯丰金源'];
export const GROUP_WORDS: Record<string, readonly string[]> = {
  PARTY_COMMITTEE: ['学院党委'],
  PARTY_BRANCH: ['党支部'],
  TEACHING_GROUP: ['教研组'],
  CLASS: ['班'],
  MAJOR: ['专业'],
  DEPARTMENT: ['学生处', '教务处', '招生就业处', '团委', '第四检察部', '系'],
  TEAM: ['集训队', '教学团队', '志愿服务队'],
  STUDIO: ['工作室'],
  COHORT: ['级新生'],
  OTHER: ['中心学习组', '家长委员会', '学生会'],
};

/** A role a fact states, with its English gloss (role and roleEn go together). */
export const ROLES: readonly (readonly [string, string])[] = [
  ['院长', 'President'],
  ['副院长', 'Vice-President'],
  ['党委书记', 'Party Secretary'],
  ['党委副书记', 'Deputy Party Secretary'],
  ['主任', 'Director'],
  ['副主任', 'Deputy Director'],
  ['负责人', 'Head'],
  ['班主任', 'Class Teacher'],
  ['教研组长', 'Head of Teaching Group'],
  ['法治副校长', 'Vice-Principal for the Rule of Law'],
  ['专家', 'Expert'],
  ['评委', 'Judge'],
];
export const PARTICIPANT_ROLES: readonly (readonly [string, string])[] = [
  ['选手', 'Contestant'],
  ['志愿者', 'Volunteer'],
  ['主讲', 'Speaker'],
  ['裁判', 'Referee'],
];

/** What a metric counts, in the report's words, with the English unit. */
export const METRIC_UNITS: readonly (readonly [string, string])[] = [
  ['名学生', 'students'],
  ['家企业', 'enterprises'],
  ['名员工', 'employees'],
  ['门', 'courses'],
  ['人次', 'person-times'],
  ['篇', 'articles'],
  ['名教师', 'teachers'],
  ['个班级', 'classes'],
  ['场', 'sessions'],
];

import type { AwardOrderField, AwardRank, Direction, EntityKind, Level, RecipientKind, RelationType, SearchField } from '../gql/graphql';

/** Interface text in Chinese and English. The data itself stays as the report writes it. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const MESSAGES = {
  appTitle: { zh: '学院知识图谱', en: 'College knowledge graph' },
  appSubtitle: { zh: '学院2020学年第一学期工作总结', en: 'Work report, first semester of the 2020 school year' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  navLabel: { zh: '主导航', en: 'Main navigation' },
  navSearch: { zh: '搜索', en: 'Search' },
  navAwards: { zh: '获奖', en: 'Awards' },
  navDashboard: { zh: '统计', en: 'Dashboard' },
  navPath: { zh: '关系路径', en: 'Path finder' },
  navSeries: { zh: '数据序列', en: 'Series' },
  navReview: { zh: '候选审核', en: 'Review' },
  navConsole: { zh: 'GraphQL 控制台', en: 'GraphQL console' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: 'Switch to English', en: '切换到中文' },
  loading: { zh: '加载中…', en: 'Loading…' },
  error: { zh: '出错了：{message}', en: 'Something went wrong: {message}' },
  retry: { zh: '重试', en: 'Retry' },
  notFound: { zh: '找不到该页面。', en: 'There is no such page.' },
  backHome: { zh: '返回搜索', en: 'Back to search' },

  searchTitle: { zh: '搜索人物、奖项、竞赛、组织……', en: 'Search people, awards, competitions, organisations…' },
  searchLabel: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '中文、拼音（yangzhenhua、yzh）或英文', en: 'Chinese, pinyin (yangzhenhua, yzh) or English' },
  searchHint: {
    zh: '可输入中文姓名、带调或不带调的拼音、拼音首字母、英文名称或别名。',
    en: 'Type a Chinese name, pinyin with or without tones, initials, an English gloss or an alias.',
  },
  searchNoResults: { zh: '没有找到“{query}”。', en: 'Nothing matches “{query}”.' },
  searchResultCount: { zh: '{count} 条结果', en: '{count} results' },
  searchMatchedBy: { zh: '匹配：{field}', en: 'matched on {field}' },
  searchExamples: { zh: '试试：', en: 'Try:' },
  summary: {
    zh: '图谱共 {entities} 个实体、{relations} 条关系，均注明报告原文出处。',
    en: '{entities} entities and {relations} relationships, each traced to the words of the report.',
  },

  entityAliases: { zh: '别名', en: 'Also written' },
  entityPinyin: { zh: '拼音', en: 'Pinyin' },
  entityKind: { zh: '类型', en: 'Kind' },
  entityNote: { zh: '备注', en: 'Note' },
  entitySources: { zh: '报告中的出处', en: 'Where the report names it' },
  entityNotFound: { zh: '没有 id 为 {id} 的实体。', en: 'No entity has the id {id}.' },
  entityDetails: { zh: '详情', en: 'Details' },
  openGraph: { zh: '查看关系图', en: 'Open graph view' },
  openPath: { zh: '查找关系路径', en: 'Find a path from here' },
  awardsHere: { zh: '此竞赛的获奖', en: 'Awards at this competition' },
  showAll: { zh: '显示全部 {count} 条', en: 'Show all {count}' },
  factsCapped: { zh: '仅显示前 {count} 条关系。', en: 'Only the first {count} facts are shown.' },
  noFacts: { zh: '没有记录的关系。', en: 'No recorded facts.' },
  source: { zh: '第{section}部分{item}', en: 'Section {section}{item}' },
  sourceItem: { zh: '第{item}条', en: ', item {item}' },
  preamble: { zh: '前言', en: 'Preamble' },
  quoteLabel: { zh: '报告原文', en: 'The report’s words' },
  quoteNote: { zh: '高亮部分为报告原文摘录。', en: 'Highlighted: the verbatim quote from the report.' },
  groupAwards: { zh: '奖项', en: 'Awards' },
  groupRoles: { zh: '职务与称号', en: 'Roles and titles' },
  groupGroups: { zh: '所属与组成', en: 'Groups and membership' },
  groupPartnerships: { zh: '合作', en: 'Partnerships' },
  groupProjects: { zh: '项目', en: 'Projects' },
  groupEvents: { zh: '活动与参与', en: 'Events and participation' },
  groupOther: { zh: '其他', en: 'Other' },
  fieldLevel: { zh: '级别', en: 'Level' },
  fieldDate: { zh: '日期', en: 'Date' },
  fieldPeriod: { zh: '时期', en: 'Period' },
  fieldPlace: { zh: '地点', en: 'Place' },
  fieldEdition: { zh: '届次', en: 'Edition' },
  fieldRank: { zh: '名次', en: 'Rank' },
  fieldDiscipline: { zh: '赛项', en: 'Discipline' },
  fieldCategory: { zh: '组别', en: 'Category' },
  fieldStatus: { zh: '状态', en: 'Status' },
  fieldValue: { zh: '数值', en: 'Value' },
  fieldRole: { zh: '角色', en: 'Role' },
  fieldOutcome: { zh: '结果', en: 'Outcome' },
  fieldCount: { zh: '人数/数量', en: 'Count' },

  awardsTitle: { zh: '获奖一览', en: 'Who won what' },
  awardsFilters: { zh: '筛选', en: 'Filters' },
  filterCompetition: { zh: '竞赛', en: 'Competition' },
  filterTrade: { zh: '赛项', en: 'Trade' },
  filterLevel: { zh: '级别（恰为）', en: 'Level (exactly)' },
  filterLevelAtLeast: { zh: '级别（不低于）', en: 'Level at least' },
  filterRank: { zh: '名次', en: 'Rank' },
  filterRecipientKind: { zh: '获奖者类型', en: 'Recipient kind' },
  filterYear: { zh: '年份', en: 'Year' },
  filterSection: { zh: '报告部分', en: 'Report section' },
  filterAny: { zh: '全部', en: 'Any' },
  filterClear: { zh: '清除筛选', en: 'Clear filters' },
  awardsCount: { zh: '共 {total} 项，已显示 {shown} 项', en: '{total} awards, {shown} shown' },
  loadMore: { zh: '加载更多', en: 'Load more' },
  downloadCsv: { zh: '下载 CSV', en: 'Download CSV' },
  downloading: { zh: '正在导出…', en: 'Exporting…' },
  colAward: { zh: '奖项', en: 'Award' },
  colRecipients: { zh: '获奖者', en: 'Recipients' },
  colCompetition: { zh: '竞赛/评选', en: 'Competition' },
  colLevel: { zh: '级别', en: 'Level' },
  colRank: { zh: '名次', en: 'Rank' },
  colDate: { zh: '日期', en: 'Date' },
  colSection: { zh: '出处', en: 'Source' },
  colCoaches: { zh: '指导教师', en: 'Coaches' },
  sortBy: { zh: '按{column}排序', en: 'Sort by {column}' },
  sortedAsc: { zh: '升序', en: 'ascending' },
  sortedDesc: { zh: '降序', en: 'descending' },
  noAwards: { zh: '没有符合条件的奖项。', en: 'No award matches these filters.' },

  graphTitle: { zh: '关系图：{name}', en: 'Graph: {name}' },
  graphLegend: { zh: '图例', en: 'Legend' },
  graphNodes: { zh: '节点列表', en: 'Nodes' },
  graphSelected: { zh: '已选节点', en: 'Selected node' },
  graphSelectHint: { zh: '点击图中的节点（或下方列表）以选择。', en: 'Click a node in the graph (or the list below) to select it.' },
  graphExpand: { zh: '展开邻居', en: 'Expand' },
  graphOpen: { zh: '打开详情', en: 'Open' },
  graphTruncated: { zh: '节点过多，仅显示最近的部分。', en: 'Too many nodes: only the nearest are shown.' },
  graphCanvasLabel: { zh: '{name} 的关系图', en: 'Graph of {name}' },
  graphStats: { zh: '{nodes} 个节点，{edges} 条边', en: '{nodes} nodes, {edges} edges' },

  pathTitle: { zh: '关系路径', en: 'Path finder' },
  pathFrom: { zh: '起点', en: 'From' },
  pathTo: { zh: '终点', en: 'To' },
  pathFind: { zh: '查找', en: 'Find paths' },
  pathNone: { zh: '在 {hops} 步之内没有找到关系。', en: 'No connection within {hops} steps.' },
  pathCount: { zh: '找到 {count} 条最短路径，每条 {length} 步', en: '{count} shortest paths of {length} steps' },
  pathNumber: { zh: '路径 {n}', en: 'Path {n}' },
  pathAvoidCollege: { zh: '不经过学院', en: 'Not through the college' },
  pathPick: { zh: '请选择两个实体。', en: 'Pick two entities.' },
  pathChange: { zh: '更换', en: 'Change' },

  dashboardTitle: { zh: '获奖统计', en: 'Award statistics' },
  dashboardHint: { zh: '点击柱形查看对应的获奖列表。', en: 'Click a bar to open the matching awards.' },
  chartLevel: { zh: '按级别', en: 'By level' },
  chartRank: { zh: '按名次', en: 'By rank' },
  chartRecipientKind: { zh: '按获奖者类型', en: 'By recipient kind' },
  chartSection: { zh: '按报告部分', en: 'By report section' },
  chartTable: { zh: '数据表', en: 'Data table' },
  chartCount: { zh: '数量', en: 'Count' },
  unspecified: { zh: '未注明', en: 'Unspecified' },
  topRecipients: { zh: '获奖最多的人', en: 'Most awarded people' },
  dashboardSeriesLink: { zh: '各学期的数据序列与报告统计', en: 'Metric series and report counts by semester' },

  seriesTitle: { zh: '数据序列', en: 'Metric series' },
  seriesHint: {
    zh: '各学期报告中反复出现的数字，每份报告一个数据点，均注明原文出处。',
    en: 'Numbers the reports state semester after semester: one point per report, each traced to its words.',
  },
  seriesList: { zh: '全部序列', en: 'All series' },
  seriesNone: { zh: '图谱中还没有数据序列。', en: 'The graph holds no metric series yet.' },
  seriesNotFound: { zh: '没有键为 {key} 的序列。', en: 'No series has the key {key}.' },
  seriesUnit: { zh: '单位', en: 'Unit' },
  seriesScope: { zh: '统计对象', en: 'Scope' },
  seriesPoints: { zh: '{count} 个数据点', en: '{count} points' },
  seriesDownloadAll: { zh: '下载全部序列 CSV', en: 'Download CSV (all series)' },
  seriesDownloadOne: { zh: '下载此序列 CSV', en: 'Download CSV (this series)' },
  seriesChartLabel: { zh: '{name}：各学期数值', en: '{name}: value per semester' },
  seriesSinglePoint: {
    zh: '目前只有一份报告给出此数字；后续报告会在图中添加新的数据点。',
    en: 'Only one report states this number so far; later reports add points to the chart.',
  },
  colSemester: { zh: '学期', en: 'Semester' },
  colPeriod: { zh: '报告期', en: 'Period' },
  colValue: { zh: '数值', en: 'Value' },
  colQuote: { zh: '原文', en: 'Quote' },
  colMetric: { zh: '出处', en: 'Source' },
  lowerBoundNote: { zh: '≥ 表示报告写作“余”“多”“以上”，数值为下限。', en: '≥: the report says “more than”; the value is a lower bound.' },
  summariesTitle: { zh: '各报告统计', en: 'What each report states' },
  summariesKinds: { zh: '各类实体数（按报告）', en: 'Entities by kind, per report' },
  summariesLevels: { zh: '各级别奖项数（按报告）', en: 'Awards by level, per report' },
  summariesTotals: { zh: '实体与关系总数（按报告）', en: 'Entities and facts, per report' },
  colReport: { zh: '报告', en: 'Report' },
  colEntities: { zh: '实体', en: 'Entities' },
  colFacts: { zh: '关系', en: 'Facts' },
  noLevel: { zh: '未注明级别', en: 'No level' },

  reviewTitle: { zh: '候选审核', en: 'Review candidates' },
  reviewHint: {
    zh: '打开 npm run extract 生成的文件夹（或其中的文件），逐条接受或拒绝候选，然后下载审核后的文件，或用编辑令牌直接导入。文件只在浏览器中读取，除导入外不会发送到任何地方。',
    en: 'Open the folder npm run extract wrote (or its files), accept or reject each candidate, then download the reviewed files or import them with an editor token. The files are read in the browser and sent nowhere except to the import.',
  },
  reviewOpenFolder: { zh: '打开文件夹', en: 'Open a folder' },
  reviewOpenFiles: { zh: '打开文件', en: 'Open files' },
  reviewLoaded: {
    zh: '已读取 {files} 个文件：{candidates} 条候选（{entities} 个实体、{facts} 条关系）。',
    en: '{files} files read: {candidates} candidates ({entities} entities, {facts} facts).',
  },
  reviewNoCandidates: { zh: '这些文件中没有带 review 的条目。', en: 'These files hold no entry with a review block.' },
  reviewFileProblem: { zh: '{path}：{message}', en: '{path}: {message}' },
  reviewFilterKind: { zh: '类型', en: 'Kind' },
  reviewFilterStatus: { zh: '状态', en: 'Status' },
  reviewFilterConfidence: { zh: '置信度不低于', en: 'Confidence at least' },
  reviewShown: { zh: '显示 {shown} / {total} 条', en: '{shown} of {total} shown' },
  reviewCounts: {
    zh: '待审 {candidate}，已接受 {accepted}，已拒绝 {rejected}',
    en: '{candidate} to review, {accepted} accepted, {rejected} rejected',
  },
  reviewAcceptShown: { zh: '接受显示的全部', en: 'Accept all shown' },
  reviewRejectShown: { zh: '拒绝显示的全部', en: 'Reject all shown' },
  reviewResetShown: { zh: '显示的全部恢复为待审', en: 'Reset all shown to candidate' },
  reviewAccept: { zh: '接受', en: 'Accept' },
  reviewReject: { zh: '拒绝', en: 'Reject' },
  reviewReset: { zh: '待审', en: 'Undecided' },
  reviewActionsFor: { zh: '{id} 的审核', en: 'Review of {id}' },
  statusCandidate: { zh: '待审', en: 'Candidate' },
  statusAccepted: { zh: '已接受', en: 'Accepted' },
  statusRejected: { zh: '已拒绝', en: 'Rejected' },
  reviewConfidence: { zh: '置信度 {value}', en: 'confidence {value}' },
  reviewMatchedBy: { zh: '与已知实体的{by}相同', en: 'matches a known entity’s {by}' },
  reviewMatchedName: { zh: '名称', en: 'name' },
  reviewMatchedAlias: { zh: '别名', en: 'alias' },
  reviewEvidence: { zh: '依据', en: 'Evidence' },
  reviewWholeItem: { zh: '整条原文', en: 'The whole item' },
  reviewDownloadTitle: { zh: '下载审核后的文件', en: 'Download the reviewed files' },
  reviewDownloadHint: {
    zh: '只改动 review.status，其余内容与原文件逐字节相同。下载后覆盖文件夹中的同名文件。',
    en: 'Only review.status changes; everything else is byte for byte as read. Save them over the files of the same name.',
  },
  reviewDownloadFile: { zh: '下载 {name}', en: 'Download {name}' },
  reviewDownloadChanged: { zh: '下载全部改动的文件（{count} 个）', en: 'Download every changed file ({count})' },
  reviewNothingChanged: { zh: '还没有改动。', en: 'Nothing changed yet.' },
  reviewImportTitle: { zh: '导入已接受的条目', en: 'Import the accepted entries' },
  reviewImportHint: {
    zh: '通过 importDataset 导入（只写入已接受的条目，并记入审计日志），需要具有 editor 角色的令牌（npm run token）。',
    en: 'Imported through importDataset (only accepted entries are written, with an audit entry); it needs a token with the editor role (npm run token).',
  },
  reviewToken: { zh: '编辑令牌', en: 'Editor token' },
  reviewImport: { zh: '导入', en: 'Import' },
  reviewImporting: { zh: '正在导入…', en: 'Importing…' },
  reviewImported: { zh: '已导入报告 {reports}。', en: 'Imported {reports}.' },
  reviewImportFailed: { zh: '导入被拒绝：{message}', en: 'The import was refused: {message}' },
  reviewProblems: { zh: '问题（{count}）', en: 'Problems ({count})' },
  importCreated: { zh: '新建', en: 'Created' },
  importUpdated: { zh: '更新', en: 'Updated' },
  importUnchanged: { zh: '未变', en: 'Unchanged' },
  importKept: { zh: '保留（馆员已改动）', en: 'Kept (changed by a curator)' },
  importOverwritten: { zh: '覆盖', en: 'Overwritten' },
  importDigest: { zh: '数据集摘要 {digest}', en: 'Dataset digest {digest}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof MESSAGES;

/** Looks a message up and fills its {placeholders}; unknown placeholders stay visible. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template: string = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function parseLang(value: string | null | undefined): Lang | undefined {
  return value === 'zh' || value === 'en' ? value : undefined;
}

/** The value for <html lang>. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

type Labels<T extends string> = Record<T, Record<Lang, string>>;

const KIND_LABELS: Labels<EntityKind> = {
  PERSON: { zh: '人物', en: 'Person' },
  ORGANIZATION: { zh: '组织机构', en: 'Organisation' },
  GROUP: { zh: '团体', en: 'Group' },
  COMPETITION: { zh: '竞赛', en: 'Competition' },
  AWARD: { zh: '奖项', en: 'Award' },
  PROJECT: { zh: '项目', en: 'Project' },
  EVENT: { zh: '活动', en: 'Event' },
  METRIC: { zh: '数据', en: 'Metric' },
  TRADE: { zh: '赛项', en: 'Trade' },
};

const LEVEL_LABELS: Labels<Level> = {
  SCHOOL: { zh: '校级', en: 'School' },
  DISTRICT: { zh: '区级', en: 'District' },
  MUNICIPAL: { zh: '市级', en: 'Municipal' },
  PROVINCIAL: { zh: '省级', en: 'Provincial' },
  NATIONAL: { zh: '国家级', en: 'National' },
  INTERNATIONAL: { zh: '国际级', en: 'International' },
};

const RANK_LABELS: Labels<AwardRank> = {
  GOLD_MEDAL: { zh: '金牌', en: 'Gold medal' },
  SILVER_MEDAL: { zh: '银牌', en: 'Silver medal' },
  BRONZE_MEDAL: { zh: '铜牌', en: 'Bronze medal' },
  FIRST_PRIZE: { zh: '一等奖', en: 'First prize' },
  SECOND_PRIZE: { zh: '二等奖', en: 'Second prize' },
  THIRD_PRIZE: { zh: '三等奖', en: 'Third prize' },
  EXCELLENCE_AWARD: { zh: '优胜奖', en: 'Excellence award' },
  CHAMPION: { zh: '冠军', en: 'Champion' },
  RUNNER_UP: { zh: '亚军', en: 'Runner-up' },
  FIRST_PLACE: { zh: '第一名', en: 'First place' },
  SECOND_PLACE: { zh: '第二名', en: 'Second place' },
  RANKED: { zh: '其他名次', en: 'Other place' },
  EXCELLENT_RATING: { zh: '优秀', en: 'Rated excellent' },
  TITLE: { zh: '荣誉称号', en: 'Title' },
  SELECTED: { zh: '入选/入围', en: 'Selected' },
  APPROVED: { zh: '获批/立项', en: 'Approved' },
};

const RECIPIENT_KIND_LABELS: Labels<RecipientKind> = {
  PERSON: { zh: '个人', en: 'Person' },
  STUDENT: { zh: '学生', en: 'Student' },
  TEACHER: { zh: '教师', en: 'Teacher' },
  GROUP: { zh: '团体', en: 'Group' },
  ORGANIZATION: { zh: '组织机构', en: 'Organisation' },
  COLLEGE: { zh: '学院', en: 'The college' },
};

const ORDER_LABELS: Labels<AwardOrderField> = {
  DATE: { zh: '日期', en: 'Date' },
  LEVEL: { zh: '级别', en: 'Level' },
  RANK: { zh: '名次', en: 'Rank' },
  NAME: { zh: '名称', en: 'Name' },
};

/** Relationship wording as seen from the entity on the page: [outgoing, incoming]. */
const RELATION_LABELS: Record<RelationType, Record<Lang, [string, string]>> = {
  RECEIVED: { zh: ['获得', '获奖者'], en: ['received', 'received by'] },
  AT: { zh: ['获奖于', '颁发的奖项'], en: ['won at', 'award won here'] },
  COACHED: { zh: ['指导', '指导教师'], en: ['coached', 'coached by'] },
  AWARDED_BY: { zh: ['颁发单位', '颁发'], en: ['awarded by', 'conferred'] },
  MEMBER_OF: { zh: ['隶属于', '成员'], en: ['member of', 'member'] },
  PART_OF: { zh: ['属于', '包含'], en: ['part of', 'includes'] },
  HELD_ROLE: { zh: ['任职于', '任职人员'], en: ['held a role at', 'role held by'] },
  PARTNERED_WITH: { zh: ['合作单位', '合作单位'], en: ['partnered with', 'partner of'] },
  PARTICIPATED_IN: { zh: ['参与', '参与者'], en: ['took part in', 'participant'] },
  HOSTED: { zh: ['承办', '承办方'], en: ['hosted', 'hosted by'] },
  ORGANISED: { zh: ['主办', '主办方'], en: ['organised', 'organised by'] },
  SPONSORED: { zh: ['赞助', '赞助方'], en: ['sponsored', 'sponsored by'] },
  MEASURES: { zh: ['统计对象', '相关数据'], en: ['measures', 'measured by'] },
  MEASURED_IN: { zh: ['统计于', '相关数据'], en: ['measured in', 'measurement'] },
  POSSIBLY_SAME_AS: { zh: ['可能同为', '可能同为'], en: ['possibly the same as', 'possibly the same as'] },
  SAME_RESULT_AS: { zh: ['同一成绩', '同一成绩'], en: ['same result as', 'same result as'] },
  IN_TRADE: { zh: ['所属赛项', '本赛项奖项'], en: ['won in trade', 'award in this trade'] },
  INCLUDES: { zh: ['包含赛项', '所属竞赛'], en: ['includes trade', 'included in'] },
};

const FIELD_LABELS: Labels<SearchField> = {
  NAME: { zh: '名称', en: 'name' },
  ALIAS: { zh: '别名', en: 'alias' },
  NAME_EN: { zh: '英文名', en: 'English name' },
  PINYIN: { zh: '拼音', en: 'pinyin' },
  RANK_TEXT: { zh: '奖项', en: 'rank' },
  CATEGORY: { zh: '组别', en: 'category' },
  DISCIPLINE: { zh: '赛项', en: 'trade' },
  ROLE: { zh: '职务', en: 'role' },
};

export const kindLabel = (lang: Lang, kind: EntityKind) => KIND_LABELS[kind][lang];
export const levelLabel = (lang: Lang, level: Level) => LEVEL_LABELS[level][lang];
export const rankLabel = (lang: Lang, rank: AwardRank) => RANK_LABELS[rank][lang];
export const recipientKindLabel = (lang: Lang, kind: RecipientKind) => RECIPIENT_KIND_LABELS[kind][lang];
export const orderLabel = (lang: Lang, field: AwardOrderField) => ORDER_LABELS[field][lang];
export const matchedFieldLabel = (lang: Lang, field: keyof typeof FIELD_LABELS) => FIELD_LABELS[field][lang];
export const relationLabel = (lang: Lang, type: RelationType, direction: Direction) =>
  RELATION_LABELS[type][lang][direction === 'OUTGOING' ? 0 : 1];

/** "第四部分第1条" / "Section 四, item 1" for a provenance. */
export function sourceLabel(lang: Lang, section: string, item: number | null | undefined): string {
  if (section === '前言') return translate(lang, 'preamble');
  const itemText = item === null || item === undefined ? '' : translate(lang, 'sourceItem', { item });
  return translate(lang, 'source', { section, item: itemText });
}

import { findAwards, findCompetitions } from '../../src/extract/awards';
import { personSlug } from '../../src/extract/ids';
import { dateOf, levelOf, schoolYearOf } from '../../src/extract/lexicon';
import { subjectGroup } from '../../src/extract/extract';
import { findMetrics } from '../../src/extract/metrics';
import { findPartners, organizationPrefix } from '../../src/extract/partnerships';
import { findPeople, looksLikeName } from '../../src/extract/people';
import { findRoles } from '../../src/extract/roles';
import { Segmenter } from '../../src/extract/segmenter';
import { describeSkipped, reviewStatusOf } from '../../src/seed/review';

/**
 * The extractor's patterns on sentences written for these tests in the reports' style (names
 * and organisations invented), so that they are checked on text they were not written from.
 */

const segmenter = new Segmenter();
const names = (text: string, known: string[] = []) => findPeople(text, segmenter, new Set(known)).map((m) => m.name);

describe('people', () => {
  it('finds names next to titles, in lists, after class codes and in counted brackets', () => {
    expect(names('在省赛中，柯文静老师获得一等奖。')).toEqual(['柯文静']);
    expect(names('19机电A班葛宇航、20数控B邵一鸣同学荣获二等奖')).toEqual(['葛宇航', '邵一鸣']);
    expect(names('3名教师（钱立新、孔雪、易晓峰）入选访问工程师项目')).toEqual(['钱立新', '孔雪', '易晓峰']);
    expect(names('副院长温建国出席会议并讲话')).toEqual(['温建国']);
  });

  it('takes a name of two characters when a title follows it, of three when a verb does', () => {
    expect(names('秦岭老师获评市教坛新秀')).toEqual(['秦岭']);
    expect(names('选手石嘉豪摘得金牌')).toEqual(['石嘉豪']);
  });

  it('leaves ordinary words that start with a surname', () => {
    expect(names('学校高度重视安全工作，全体教师参加培训，幸福感明显提升。')).toEqual([]);
  });

  it('finds names the dictionary knows even with no title around them', () => {
    expect(names('本学期邬天佑主持了教研活动', ['邬天佑'])).toEqual(['邬天佑']);
  });

  it('knows what a name looks like', () => {
    expect(looksLikeName('欧阳修文')).toBe(true);
    expect(looksLikeName('王老师')).toBe(false);
    expect(looksLikeName('宁波市')).toBe(false);
    expect(personSlug('杨珍华')).toBe('yang-zhenhua');
  });
});

describe('awards', () => {
  const awards = (s: string) => findAwards(s).map((a) => [a.name, a.rank]);

  it('reads prizes, medals, places and champion titles with what qualifies them', () => {
    expect(awards('汪晨老师获得市微课比赛一等奖')).toEqual([['市微课比赛一等奖', 'FIRST_PRIZE']]);
    expect(awards('选手严明摘得铜牌、获得全国第八名')).toEqual([
      ['铜牌', 'BRONZE_MEDAL'],
      ['全国第八名', 'RANKED'],
    ]);
    expect(awards('获得女子组亚军')).toEqual([['女子组亚军', 'RUNNER_UP']]);
    expect(awards('两名同学分别获得第一和第二名')).toEqual([
      ['第一', 'FIRST_PLACE'],
      ['第二名', 'SECOND_PLACE'],
    ]);
  });

  it('reads honorary titles, selections and approvals', () => {
    expect(awards('韩梅获评宁波市优秀班主任')).toEqual([['宁波市优秀班主任', 'TITLE']]);
    expect(awards('并获省技术能手、全国青年岗位能手荣誉称号')).toEqual([
      ['省技术能手', 'TITLE'],
      ['全国青年岗位能手', 'TITLE'],
    ]);
    expect(awards('学院团委被共青团宁波市委表彰为“五四红旗团委”')).toEqual([['五四红旗团委', 'TITLE']]);
    expect(awards('成功入选市“领雁工程”培养对象')).toEqual([['市“领雁工程”培养对象', 'SELECTED']]);
    expect(awards('我院获批浙江省现代学徒制试点学校')).toEqual([['浙江省现代学徒制试点学校', 'APPROVED']]);
  });

  it('leaves award lists and summaries that name no winner', () => {
    expect(awards('教育部公布国家奖学金获奖学生名单')).toEqual([]);
    expect(awards('12位老师分别获得一、二、三等奖')).toEqual([]);
  });

  it('reads the competition and its level', () => {
    expect(findCompetitions('在2021年浙江省中职学校技能大赛中获得一等奖').map((c) => [c.name, c.level])).toEqual([
      ['2021年浙江省中职学校技能大赛', 'PROVINCIAL'],
    ]);
    expect(levelOf('全国职业院校技能大赛')).toBe('NATIONAL');
    expect(levelOf('宁波市选拔赛')).toBe('MUNICIPAL');
  });
});

describe('partnerships and roles', () => {
  const partners = (s: string) => findPartners(s).map((p) => [p.name, p.kind]);

  it('reads partners and the kind of partnership from the clause', () => {
    expect(partners('与宁波大学、浙江纺织服装职业技术学院开展中高职一体化人才培养')).toEqual([
      ['宁波大学', 'INTEGRATED_EDUCATION'],
      ['浙江纺织服装职业技术学院', 'INTEGRATED_EDUCATION'],
    ]);
    expect(partners('与丽水技师学院签订合作协议')).toEqual([['丽水技师学院', 'SIGNED_AGREEMENT']]);
    expect(partners('我院教师前往阿克苏地区职业技术学校支教')).toEqual([['阿克苏地区职业技术学校', 'TEACHER_SUPPORT']]);
    expect(partners('《宁波日报》、甬派客户端对我院进行专题报道')).toEqual([
      ['宁波日报', 'MEDIA_COVERAGE'],
      ['甬派', 'MEDIA_COVERAGE'],
    ]);
    expect(organizationPrefix('宁波市人民检察院第四检察部副主任')).toBe('宁波市人民检察院');
  });

  it('reads roles at the college', () => {
    expect(findRoles('院长周建平作动员讲话').map((r) => [r.role, r.roleEn])).toEqual([['院长', 'President']]);
    expect(findRoles('聘请张律师担任学院法治副校长').map((r) => r.role)).toEqual(['法治副校长']);
  });
});

describe('review blocks', () => {
  it('counts an entry without a review block as curated, hence accepted', () => {
    expect(reviewStatusOf({ id: 'person/x' })).toBe('accepted');
    expect(reviewStatusOf({ review: { status: 'candidate' } })).toBe('candidate');
    expect(reviewStatusOf({ review: { status: 'rejected' } })).toBe('rejected');
    expect(describeSkipped({ candidateEntities: 0, candidateFacts: 0, rejectedEntities: 0, rejectedFacts: 0 })).toBeNull();
  });
});

describe('dates', () => {
  it('reads a date and places a month without a year in the report’s school year', () => {
    expect(dateOf('12月13日，大赛在广州落幕', 2020)).toBe('2020-12-13');
    expect(dateOf('于3月举行', 2020)).toBe('2021-03');
    expect(dateOf('2019年11月，学院承办', 2020)).toBe('2019-11');
    expect(dateOf('本学期', 2020)).toBeUndefined();
    expect(schoolYearOf('学院2020学年第一学期工作总结')).toBe(2020);
  });
});

describe('metrics', () => {
  it('reads a named quantity reaching a number with its unit', () => {
    const metrics = (s: string) => findMetrics(s).map((m) => [m.name, m.value, m.unit, m.lowerBound]);
    expect(metrics('本学期图书馆访问量达到5210人次，借阅量8000本')).toEqual([
      ['本学期图书馆访问量达到5210人次', 5210, '人次', false],
      ['借阅量8000本', 8000, '本', false],
    ]);
    expect(metrics('考证通过率高达96.2%')).toEqual([['考证通过率高达96.2%', 96.2, '%', false]]);
    expect(metrics('公众号粉丝从9000人增加到10500人')).toEqual([['公众号粉丝从9000人增加到10500人', 10500, '人', false]]);
    expect(metrics('培训人数达1.2万人以上')).toEqual([['培训人数达1.2万人以上', 12000, '人', true]]);
  });
});

describe('subjects', () => {
  it('takes a part of the college written before an award as its winner, not the college itself', () => {
    expect(subjectGroup('打造优秀教研组，数控教研组')).toEqual({ name: '数控教研组', offset: 8 });
    expect(subjectGroup('学院党委被中共宁波市委表彰为')).toEqual({ name: '学院党委', offset: 0 });
    expect(subjectGroup('我院汽修专业成功')).toEqual({ name: '汽修专业', offset: 2 });
    expect(subjectGroup('我院被评为')).toBeNull();
  });
});

import { looseNameKey, nameKey, textTokens } from '../../src/model/names';
import { searchUnits } from '../../src/data/searchQuery';

describe('name keys', () => {
  it('splits Chinese runs from words and numbers, even where they touch', () => {
    expect(textTokens('首届2020年浙江省技能大赛')).toEqual(['首届', '2020', '年浙江省技能大赛']);
    expect(textTokens('3D数字游戏艺术 Yáng')).toEqual(['3d', '数字游戏艺术', 'yang']);
  });

  it('sets aside quotation marks, brackets, spaces, width and case', () => {
    expect(nameKey('第24届“瓦萨杯”技能节')).toBe(nameKey('第24届 瓦萨杯技能节'));
    expect(nameKey('第十五届宁波市中等职业学校(技工学校)技能大赛')).toBe('第十五届宁波市中等职业学校技工学校技能大赛');
    expect(nameKey('ＷorldSkills  Zhejiang')).toBe('worldskills zhejiang');
    expect(nameKey('“”')).toBe('');
  });

  it('sets aside edition, year, the college in front and a trailing 活动 for the loose key', () => {
    expect(looseNameKey('首届2020年浙江省技能大赛')).toBe('浙江省技能大赛');
    expect(looseNameKey('第46届世界技能大赛浙江省选拔赛')).toBe('世界技能大赛浙江省选拔赛');
    expect(looseNameKey('学院2017—2019学年三年发展规划评估')).toBe('三年发展规划评估');
    expect(looseNameKey('学院“5A”等级平安校园复评')).toBe(looseNameKey('“5A”等级平安校园复评'));
    expect(looseNameKey('第24届“瓦萨杯”技能节活动')).toBe('瓦萨杯技能节');
    // Nothing but what is set aside: the words stay.
    expect(looseNameKey('学院')).toBe('学院');
    expect(looseNameKey('活动')).toBe('活动');
    expect(looseNameKey('2020年')).toBeNull();
  });
});

describe('search units', () => {
  it('covers each Chinese character by its bigrams and each word once', () => {
    expect(searchUnits(['杨珍华', 'yang'])).toEqual({
      units: [
        { text: '杨珍', positions: [0, 1] },
        { text: '珍华', positions: [1, 2] },
        { text: ' yang', positions: [3] },
      ],
      size: 4,
    });
    expect(searchUnits(['珍', '珍'])).toEqual({ units: [{ text: '珍', positions: [0, 1] }], size: 2 });
  });
});

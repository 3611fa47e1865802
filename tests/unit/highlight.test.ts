import { matchRuns } from '../../src/data/search';
import { highlight } from '../../src/graphql/highlight';

describe('search snippets', () => {
  it('finds matching runs without case or tones, merging runs that touch', () => {
    expect(matchRuns('Yáng Zhēnhuá', ['yang', 'zhen'])).toEqual([
      [0, 4],
      [5, 9],
    ]);
    expect(matchRuns('杨珍华摘得银牌', ['杨珍', '珍华'])).toEqual([[0, 3]]);
  });

  it('matches Latin tokens at word starts only, a Chinese character before one being no letter of its word', () => {
    expect(matchRuns('zhenhua hua', ['hua'])).toEqual([[8, 11]]);
    expect(matchRuns('第46届世界技能大赛', ['第', '46', '届世'])).toEqual([[0, 5]]);
  });

  it('renders the runs as <em> and escapes everything else', () => {
    expect(highlight({ text: '<b>陈滢</b> & co', runs: [[3, 5]] })).toBe('&lt;b&gt;<em>陈滢</em>&lt;/b&gt; &amp; co');
    expect(highlight({ text: 'plain', runs: [] })).toBe('plain');
  });
});

import type { DatasetEntity } from '../src/seed/dataset';
import { loadDataset } from '../src/seed/dataset';
import { computeCoverage } from '../src/seed/coverage';
import { SEED_DIR } from './support/testEnv';

/** The completeness and consistency of the curated graph (issue: the complete, faithful graph). */
const dataset = loadDataset(SEED_DIR);
const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const entity = (id: string): DatasetEntity => {
  const found = byId.get(id);
  if (!found) throw new Error(`no entity ${id}`);
  return found;
};
const sectionsOf = (id: string) => [...new Set(entity(id).sources.map((s) => s.section))].sort();

describe('coverage of the report', () => {
  it('yields at least one fact from every numbered item of all ten sections', () => {
    const coverage = computeCoverage(dataset);
    expect(coverage.emptyItems).toEqual([]);
    expect(coverage.bySection.filter((s) => s.section !== '前言').every((s) => s.items > 0 && s.facts > 0)).toBe(true);
  });
});

describe('entity resolution across sections', () => {
  it.each([
    ['person/chen-qiang', ['一', '三']],
    ['person/li-jianbo', ['九', '二']],
    ['person/mao-zhenzhen', ['五', '四']],
    ['person/qiu-dongyao', ['一', '六']],
    ['org/ningbo-party-committee', ['一', '二', '十']],
  ])('%s is one node citing sections %p', (id, sections) => {
    expect(sectionsOf(id)).toEqual([...sections].sort());
    expect(dataset.entities.filter((e) => e.name === entity(id).name && e.kind === entity(id).kind)).toHaveLength(1);
  });

  it("keeps the report's variant spelling 裘耀东 as an alias of 裘东耀, with its quote", () => {
    const qiu = entity('person/qiu-dongyao');
    expect(qiu.name).toBe('裘东耀');
    expect(qiu.aliases).toContain('裘耀东');
    expect(qiu.sources.some((s) => s.section === '六' && s.quote.includes('裘耀东'))).toBe(true);
    expect(dataset.entities.some((e) => e.name === '裘耀东')).toBe(false);
  });

  it('records both roles the report gives 李剑波, each with its own source', () => {
    const roles = dataset.facts
      .filter((f) => f.from === 'person/li-jianbo' && f.type === 'HELD_ROLE')
      .map((f) => [f.role, f.sources[0]!.section]);
    expect(roles).toEqual(
      expect.arrayContaining([
        ['党委副书记', '二'],
        ['院长', '九'],
      ]),
    );
  });
});

describe('labels and vocabularies', () => {
  it('computes pinyin for every person and uses it as the English name', () => {
    for (const person of dataset.entities.filter((e) => e.kind === 'PERSON')) {
      expect(person.pinyin?.plain).toMatch(/^[a-zü]+( [a-zü]+)+$/);
      expect(person.nameEn).toMatch(/^[A-ZÜ][a-zü]+ [A-ZÜ][a-zü]+$/);
    }
  });

  it('glosses each rank the same way everywhere', () => {
    const glossOf = new Map<string, Set<string>>();
    const glossary: Record<string, string> = {
      一等奖: 'First Prize',
      二等奖: 'Second Prize',
      三等奖: 'Third Prize',
      银牌: 'Silver Medal',
      金牌: 'Gold Medal',
      优胜奖: 'Excellence Award',
      冠军: 'Champion',
      亚军: 'Runner-up',
    };
    for (const award of dataset.entities) {
      if (award.kind !== 'AWARD' || !(award.rankText in glossary)) continue;
      const gloss = glossary[award.rankText]!;
      if (!award.nameEn.includes(gloss))
        (glossOf.get(award.rankText) ?? glossOf.set(award.rankText, new Set()).get(award.rankText)!).add(award.nameEn);
    }
    expect(Object.fromEntries([...glossOf].map(([k, v]) => [k, [...v]]))).toEqual({});
  });

  it('gives every non-person entity an English gloss without Chinese characters', () => {
    const untranslated = dataset.entities.filter((e) => /[\u4e00-\u9fff]/.test(e.nameEn)).map((e) => `${e.id}: ${e.nameEn}`);
    expect(untranslated).toEqual([]);
  });
});

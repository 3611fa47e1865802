import YAML from 'yaml';
import {
  datasetPath,
  folderOfManifest,
  highlight,
  matchesFilter,
  NO_FILTER,
  readReviewFile,
  writeStatuses,
  type ReviewStatus,
} from '../../web/src/lib/review';

/** A section file as `npm run extract` writes it: comments, a known entity, a candidate fact. */
const SECTION = `# Section 四 of report/2021-s1.
section: 四
entities:
  - id: person/yang-zhenhua
    kind: PERSON
    name: 杨珍华
    sources:
      - item: 1
        quote: 杨珍华
    review:
      status: candidate # the curator decides
      confidence: 0.85
      matchedBy: name
      evidence: segmenter, next to 选手
  - id: award/x-s4-1-64
    kind: AWARD
    name: 银牌
    sources:
      - item: 1
        quote: 银牌
    review: { status: "candidate", confidence: 0.6 }
  - id: org/curated
    kind: ORGANIZATION
    name: 学院
    sources:
      - section: 前言
        quote: 我院
facts:
  - id: fact/x-s4-1-47
    type: RECEIVED
    from: person/yang-zhenhua
    to: award/x-s4-1-64
    sources:
      - item: 1
        quote: 杨珍华摘得银牌
    review:
      status: candidate
      confidence: 0.5
      evidence: the winner is written before the award
`;

const file = { path: 'reports/2021-s1/section-04.yaml', content: SECTION };

describe('reading a reviewed folder in the browser', () => {
  it('lists the entries with a review block, with their sources, confidence and evidence', () => {
    const { candidates, problems } = readReviewFile(file);
    expect(problems).toEqual([]);
    expect(candidates.map((c) => [c.entry, c.id, c.kind, c.status, c.confidence])).toEqual([
      ['entity', 'person/yang-zhenhua', 'PERSON', 'candidate', 0.85],
      ['entity', 'award/x-s4-1-64', 'AWARD', 'candidate', 0.6],
      ['fact', 'fact/x-s4-1-47', 'RECEIVED', 'candidate', 0.5],
    ]);
    expect(candidates[0]).toMatchObject({
      matchedBy: 'name',
      evidence: 'segmenter, next to 选手',
      sources: [{ section: '四', item: 1, quote: '杨珍华' }],
    });
    expect(candidates[2]).toMatchObject({ from: 'person/yang-zhenhua', to: 'award/x-s4-1-64' });
  });

  it('writes back only the changed statuses, every other byte as read', () => {
    const { candidates } = readReviewFile(file);
    const decisions = new Map<string, ReviewStatus>([
      [candidates[0]!.key, 'accepted'],
      [candidates[1]!.key, 'rejected'],
      [candidates[2]!.key, 'candidate'],
    ]);
    const written = writeStatuses(SECTION, candidates, decisions);
    expect(written).toBe(
      SECTION.replace('status: candidate # the curator', 'status: accepted # the curator').replace(
        '{ status: "candidate"',
        '{ status: rejected',
      ),
    );
    const reread = YAML.parse(written) as { entities: { review?: { status: string } }[]; facts: { review: { status: string } }[] };
    expect(reread.entities.map((e) => e.review?.status)).toEqual(['accepted', 'rejected', undefined]);
    expect(reread.facts[0]!.review.status).toBe('candidate');
    expect(writeStatuses(SECTION, candidates, new Map())).toBe(SECTION);
  });

  it('reports a status it does not know and a file that is not YAML', () => {
    expect(readReviewFile({ ...file, content: SECTION.replace('status: candidate #', 'status: maybe #') }).problems).toEqual([
      expect.stringContaining('entities[0] (person/yang-zhenhua): review.status is not one of'),
    ]);
    expect(readReviewFile({ ...file, content: 'a: [' }).problems).toHaveLength(1);
    expect(readReviewFile({ path: 'reports/2021-s1/report.txt', content: 'a: [' })).toEqual({ candidates: [], problems: [] });
  });

  it('places picked files in the dataset', () => {
    expect(datasetPath('review/reports/2021-s1/section-04.yaml', 'x')).toBe('reports/2021-s1/section-04.yaml');
    expect(datasetPath('2021-s1/report.txt', 'x')).toBe('reports/2021-s1/report.txt');
    expect(datasetPath('section-04.yaml', '2021-s1')).toBe('reports/2021-s1/section-04.yaml');
    expect(datasetPath('My Folder/section-04.yaml', '2021-s1')).toBe('reports/2021-s1/section-04.yaml');
    expect(datasetPath('2021-s1/.DS_Store', 'x')).toBeNull();
    expect(folderOfManifest('id: report/2021-s1\ntitle: x\n')).toBe('2021-s1');
    expect(folderOfManifest(undefined)).toBe('review');
    expect(folderOfManifest('id: [')).toBe('review');
  });

  it('filters by kind, status and confidence, and highlights a quote', () => {
    const [person, award, fact] = readReviewFile(file).candidates;
    expect(matchesFilter(person!, 'candidate', NO_FILTER)).toBe(true);
    expect(matchesFilter(person!, 'candidate', { ...NO_FILTER, kinds: ['AWARD', 'RECEIVED'] })).toBe(false);
    expect(matchesFilter(fact!, 'candidate', { ...NO_FILTER, kinds: ['AWARD', 'RECEIVED'] })).toBe(true);
    expect(matchesFilter(award!, 'accepted', { ...NO_FILTER, status: 'candidate' })).toBe(false);
    expect(matchesFilter(award!, 'candidate', { ...NO_FILTER, minConfidence: 0.7 })).toBe(false);
    expect(highlight('选手杨珍华摘得银牌。', '杨珍华摘得银牌')).toEqual(['选手', '杨珍华摘得银牌', '。']);
    expect(highlight('abc', 'x')).toBeNull();
  });
});

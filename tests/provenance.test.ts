import { ENTITY_KINDS } from '../src/model/vocabulary';
import { startTestApp, type TestApp } from './support/app';

/**
 * Every source of every entity and fact can be shown inside its sentence of the report: the
 * sentence holds the quote exactly where its offsets say.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const SOURCE = 'section item quote context { sentence start end }';
const PAGE = `query ($kind: EntityKind!, $after: String) {
  entities(kind: $kind, first: 50, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id sources { ${SOURCE} } } }
  }
}`;
/** Every fact is an outgoing relation of exactly one entity. */
const FACTS = `query ($id: ID!) { entity(id: $id) { relations(direction: OUTGOING, first: 200) { type sources { ${SOURCE} } } } }`;

interface Source {
  section: string;
  item: number | null;
  quote: string;
  context: { sentence: string; start: number; end: number } | null;
}

it('gives every quote its sentence, with offsets that point at the quote', async () => {
  const sources: { where: string; source: Source }[] = [];
  for (const kind of ENTITY_KINDS) {
    let after: string | null = null;
    do {
      const { body }: { body: { data?: any; errors?: unknown } } = await app.post(PAGE, { kind, after });
      expect(body.errors).toBeUndefined();
      const page: { edges: { node: { id: string; sources: Source[] } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } =
        body.data!.entities;
      for (const { node } of page.edges) {
        for (const source of node.sources) sources.push({ where: node.id, source });
        const facts = await app.post(FACTS, { id: node.id });
        expect(facts.body.errors).toBeUndefined();
        for (const relation of facts.body.data!.entity.relations) {
          for (const source of relation.sources) sources.push({ where: `${node.id} ${relation.type}`, source });
        }
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  expect(sources.length).toBeGreaterThan(800);
  const wrong = sources.filter(({ source: s }) => !s.context || s.context.sentence.slice(s.context.start, s.context.end) !== s.quote);
  expect(wrong).toEqual([]);
  // A sentence is a sentence, not the whole item.
  expect(sources.every(({ source: s }) => s.context!.sentence.length < 400)).toBe(true);
});

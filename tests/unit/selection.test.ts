import { MAX_RELATION_DEPTH } from '../../src/graphql/selection';
import { compileSelection } from './compile';

/** The selection compiler: a request's whole selection becomes one Cypher projection. */
describe('the selection compiler', () => {
  it('compiles typed fields on fragments, keyed by parent type and response key', async () => {
    const { selection, cypher, params } = await compileSelection(`{
      entity(id: "award/x") {
        name
        ... on Award { winners: recipients { name ... on Person { memberOf { name } } } wonAt { name } }
      }
    }`);
    expect(selection.relations.map((r) => r.key)).toEqual(['Award.winners', 'Award.wonAt']);
    expect(cypher).toMatchInlineSnapshot(`
     "n { .id, .kind, .name, __relations: { r0: COLLECT {
     MATCH (n)<-[r0:RECEIVED]-(o0:Entity) WHERE n:Award
     WITH r0, o0, CASE WHEN startNode(r0) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS d0
     ORDER BY type(r0), d0, o0.id, r0.id
     LIMIT $p0
     RETURN { type: type(r0), direction: d0, props: r0 { .id }, other: o0 { .id, .kind, .name, __relations: { r0: COLLECT {
     MATCH (o0)-[r1:MEMBER_OF]->(o1:Entity) WHERE o0:Person
     WITH r1, o1, CASE WHEN startNode(r1) = o0 THEN 'OUTGOING' ELSE 'INCOMING' END AS d1
     ORDER BY type(r1), d1, o1.id, r1.id
     LIMIT $p1
     RETURN { type: type(r1), direction: d1, props: r1 { .id }, other: o1 { .id, .kind, .name } }
     } } } }
     }, r1: COLLECT {
     MATCH (n)-[r0:AT]->(o0:Entity) WHERE n:Award
     WITH r0, o0, CASE WHEN startNode(r0) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS d0
     ORDER BY type(r0), d0, o0.id, r0.id
     LIMIT $p2
     RETURN { type: type(r0), direction: d0, props: r0 { .id }, other: o0 { .id, .kind, .name } }
     } } }"
    `);
    expect(params).toMatchInlineSnapshot(`
     {
       "p0": 200,
       "p1": 200,
       "p2": 1,
     }
    `);
  });

  it('fetches only the stored properties the selected fields read, for entities and facts alike', async () => {
    const { selection } = await compileSelection(`{
      entity(id: "person/x") {
        __typename name sources { quote }
        ... on Person { pinyin }
        relations { role type other { nameEn } }
      }
    }`);
    expect(selection.properties).toEqual(['id', 'kind', 'name', 'srcReport', 'srcSection', 'srcItem', 'srcQuote', 'pinyin']);
    expect(selection.relations[0]).toMatchObject({ factProperties: ['id', 'role'], other: { properties: ['id', 'kind', 'nameEn'] } });
  });

  it('takes type, direction and first of the generic relations field from its arguments and variables', async () => {
    const { cypher, params } = await compileSelection(
      `query($n: Int) { entity(id: "person/x") { relations(type: RECEIVED, direction: OUTGOING, first: $n) { other { name } } } }`,
      [],
      { n: 3 },
    );
    expect(cypher).toMatchInlineSnapshot(`
     "n { .id, .kind, __relations: { r0: COLLECT {
     MATCH (n)-[r0:RECEIVED]->(o0:Entity)
     WITH r0, o0, CASE WHEN startNode(r0) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS d0
     ORDER BY type(r0), d0, o0.id, r0.id
     LIMIT $p0
     RETURN { type: type(r0), direction: d0, props: r0 { .id }, other: o0 { .id, .kind, .name } }
     } } }"
    `);
    expect(params).toMatchInlineSnapshot(`
     {
       "p0": 3,
     }
    `);
  });

  it('follows a path through connection types, and honours @skip and @include', async () => {
    const { selection } = await compileSelection(
      `query($no: Boolean!) { awards { edges { node { recipients { name } coaches @skip(if: true) { name } awardedBy @include(if: $no) { name } } } } }`,
      ['edges', 'node'],
      { no: false },
    );
    expect(selection.relations.map((r) => r.key)).toEqual(['Award.recipients']);
  });

  it('follows every type a field declares (metrics: MEASURES and MEASURED_IN)', async () => {
    const { selection, cypher } = await compileSelection('{ entity(id: "competition/x") { ... on Competition { metrics { name } } } }');
    expect(selection.relations[0]).toMatchObject({ type: 'MEASURES', alsoTypes: ['MEASURED_IN'], direction: 'INCOMING' });
    expect(cypher).toContain('MATCH (n)<-[r0:MEASURES|MEASURED_IN]-(o0:Entity) WHERE n:Competition');
  });

  it('with includeParts, lists the facts of the parts too, each fact once and seen from its part', async () => {
    const { cypher, params } = await compileSelection(
      '{ entity(id: "competition/x") { relations(type: AT, includeParts: true, first: 7) { viaPart other { name } } } }',
    );
    expect(cypher).toMatchInlineSnapshot(`
     "n { .id, .kind, __relations: { r0: COLLECT {
     MATCH (n)<-[:PART_OF*0..4]-(s0:Entity)
     WITH DISTINCT s0
     MATCH (s0)-[r0:AT]-(o0:Entity)
     WITH s0, r0, o0, CASE WHEN startNode(r0) = s0 THEN 'OUTGOING' ELSE 'INCOMING' END AS d0
     WHERE NOT (d0 = 'OUTGOING' AND EXISTS { (n)<-[:PART_OF*0..4]-(o0:Entity) })
     ORDER BY type(r0), d0, o0.id, r0.id
     LIMIT $p0
     RETURN { type: type(r0), direction: d0, props: r0 { .id }, viaPart: CASE WHEN s0 = n THEN null ELSE s0.id END, other: o0 { .id, .kind, .name } }
     } } }"
    `);
    expect(params).toEqual({ p0: 7 });
  });

  it('never writes a response alias into the Cypher text', async () => {
    const { cypher } = await compileSelection('{ entity(id: "award/x") { ... on Award { DETACH_DELETE_n: recipients { name } } } }');
    expect(cypher).not.toContain('DETACH');
  });

  it(`refuses relationship fields nested more than ${MAX_RELATION_DEPTH} deep`, async () => {
    const deep =
      '{ entity(id: "x") { relations { other { relations { other { relations { other { relations { other { relations { id } } } } } } } } } } }';
    await expect(compileSelection(deep)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'relations' } });
  });
});

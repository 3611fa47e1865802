import { CypherParams, cypherInt, entityProjection } from '../../src/data/projection';
import { tidy } from './compile';

describe('the projection builder', () => {
  it('projects properties only when nothing below the entity is selected', () => {
    const params = new CypherParams();
    expect(entityProjection('n', { properties: null, relations: [] }, params)).toMatchInlineSnapshot(`"n { .* }"`);
    expect(entityProjection('n', { properties: ['id', 'kind', 'name'], relations: [] }, params)).toMatchInlineSnapshot(
      `"n { .id, .kind, .name }"`,
    );
    expect(params.values).toEqual({});
  });

  it('refuses a property name that is not a plain identifier, so nothing else reaches the statement text', () => {
    expect(() => entityProjection('n', { properties: ['id', 'name} RETURN 1 //'], relations: [] }, new CypherParams())).toThrow(
      /not a property name/,
    );
  });

  it('nests one COLLECT subquery per relationship list, with fresh variables at every level', () => {
    const params = new CypherParams();
    const cypher = entityProjection(
      'n',
      {
        properties: ['id', 'kind', 'rankText'],
        relations: [
          {
            key: 'Award.recipients',
            onlyLabel: 'Award',
            type: 'RECEIVED',
            direction: 'INCOMING',
            first: 200,
            factProperties: ['id'],
            other: {
              properties: ['id', 'kind', 'name'],
              relations: [
                {
                  key: 'Person.memberOf',
                  onlyLabel: 'Person',
                  type: 'MEMBER_OF',
                  direction: 'OUTGOING',
                  first: 200,
                  factProperties: ['id', 'role', 'srcQuote'],
                  other: { properties: null, relations: [] },
                },
              ],
            },
          },
          {
            key: 'Entity.relations',
            onlyLabel: null,
            type: null,
            direction: null,
            first: 5,
            factProperties: null,
            other: { properties: null, relations: [] },
          },
        ],
      },
      params,
    );
    expect(tidy(cypher)).toMatchInlineSnapshot(`
     "n { .id, .kind, .rankText, __relations: { r0: COLLECT {
     MATCH (n)<-[r0:RECEIVED]-(o0:Entity) WHERE n:Award
     WITH r0, o0, CASE WHEN startNode(r0) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS d0
     ORDER BY type(r0), d0, o0.id, r0.id
     LIMIT $p0
     RETURN { type: type(r0), direction: d0, props: r0 { .id }, other: o0 { .id, .kind, .name, __relations: { r0: COLLECT {
     MATCH (o0)-[r1:MEMBER_OF]->(o1:Entity) WHERE o0:Person
     WITH r1, o1, CASE WHEN startNode(r1) = o0 THEN 'OUTGOING' ELSE 'INCOMING' END AS d1
     ORDER BY type(r1), d1, o1.id, r1.id
     LIMIT $p1
     RETURN { type: type(r1), direction: d1, props: r1 { .id, .role, .srcQuote }, other: o1 { .* } }
     } } } }
     }, r1: COLLECT {
     MATCH (n)-[r0]-(o0:Entity)
     WITH r0, o0, CASE WHEN startNode(r0) = n THEN 'OUTGOING' ELSE 'INCOMING' END AS d0
     ORDER BY type(r0), d0, o0.id, r0.id
     LIMIT $p2
     RETURN { type: type(r0), direction: d0, props: r0 { .* }, other: o0 { .* }, competing: [(n)-[r0c]-(o0) WHERE r0c <> r0 AND type(r0c) = type(r0) AND (r0c.contradicts = r0.id OR r0.contradicts = r0c.id) | { id: r0c.id, srcReport: r0c.srcReport, rank: r0c.rank }] }
     } } }"
    `);
    expect(params.values).toEqual({ p0: cypherInt(200), p1: cypherInt(200), p2: cypherInt(5) });
  });
});

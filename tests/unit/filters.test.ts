import { awardPredicate } from '../../src/data/awards';
import { CypherParams } from '../../src/data/projection';
import { toAwardQuery } from '../../src/graphql/filters';

/** Award filters: GraphQL arguments to a checked filter, then to a parameterised predicate. */
describe('award filters', () => {
  it('compiles every kind of leaf and combination into one predicate with parameters', () => {
    const filter = toAwardQuery(
      {
        levelAtLeast: 'PROVINCIAL',
        recipientKind: 'TEACHER',
        section: 4,
        or: [{ competitionName: '全国首届职业技能大赛' }, { rank: ['GOLD_MEDAL', 'SILVER_MEDAL'] }],
        not: { dateFrom: '2020-09' },
      },
      'filter',
      1,
    );
    expect(filter).toMatchInlineSnapshot(`
     {
       "levelAtLeast": "PROVINCIAL",
       "not": {
         "dateFrom": "2020-09-01",
       },
       "or": [
         {
           "competitionName": "全国首届职业技能大赛",
         },
         {
           "ranks": [
             "GOLD_MEDAL",
             "SILVER_MEDAL",
           ],
         },
       ],
       "recipientKind": "TEACHER",
       "section": "四",
     }
    `);
    const params = new CypherParams();
    expect(awardPredicate(filter, params)).toMatchInlineSnapshot(
      `"(a.levelRank >= $p0 AND EXISTS { (p:Person)-[:RECEIVED]->(a) WHERE EXISTS { (p)-[h:HELD_ROLE]->(:Organization) WHERE h.role = $p1 } } AND $p2 IN a.srcSection AND ((EXISTS { (a)-[:AT]->(c:Entity) WHERE c.name = $p3 OR $p3 IN c.aliases }) OR (a.rank IN $p4)) AND NOT ((CASE size(a.date) WHEN 4 THEN a.date + '-12-31' WHEN 7 THEN a.date + '-31' ELSE a.date END >= $p5)))"`,
    );
    expect(params.values).toMatchInlineSnapshot(`
     {
       "p0": 4,
       "p1": "教师",
       "p2": "四",
       "p3": "全国首届职业技能大赛",
       "p4": [
         "GOLD_MEDAL",
         "SILVER_MEDAL",
       ],
       "p5": "2020-09-01",
     }
    `);
  });

  it('keeps every value out of the Cypher text', () => {
    const params = new CypherParams();
    const hostile = "x' OR 1=1 //";
    const cypher = awardPredicate(
      toAwardQuery({ recipient: hostile, competition: hostile, trade: hostile, tradeName: hostile }, 'filter', 1),
      params,
    );
    expect(cypher).not.toContain(hostile);
    expect(Object.values(params.values)).toEqual([hostile, hostile, hostile, hostile]);
  });

  it('compiles a trade, by id or by name or alias, into a link to it', () => {
    const params = new CypherParams();
    expect(
      awardPredicate(toAwardQuery({ trade: 'trade/bricklaying', tradeName: '电工电子赛项' }, 'filter', 1), params),
    ).toMatchInlineSnapshot(
      `"(EXISTS { (a)-[:IN_TRADE]->(:Trade {id: $p0}) } AND EXISTS { (a)-[:IN_TRADE]->(t:Trade) WHERE t.name = $p1 OR $p1 IN t.aliases })"`,
    );
  });

  it('names awarding bodies and, with includeParts, the parts of a competition or body', () => {
    const exact = new CypherParams();
    expect(awardPredicate(toAwardQuery({ awardedBy: 'org/ningbo-party-committee', year: 2020 }, 'filter', 1), exact)).toMatchInlineSnapshot(
      `"(EXISTS { (a)-[:AWARDED_BY]->(:Entity {id: $p0}) } AND (CASE size(a.date) WHEN 4 THEN a.date + '-12-31' WHEN 7 THEN a.date + '-31' ELSE a.date END >= $p1 AND CASE size(a.date) WHEN 4 THEN a.date + '-01-01' WHEN 7 THEN a.date + '-01' ELSE a.date END <= $p2))"`,
    );
    const parts = new CypherParams();
    expect(
      awardPredicate(
        toAwardQuery({ competition: 'competition/worldskills-46', awardedBy: 'org/college', includeParts: true }, 'filter', 1),
        parts,
      ),
    ).toMatchInlineSnapshot(
      `"(EXISTS { (a)-[:AT]->(:Entity)-[:PART_OF*0..4]->(:Entity {id: $p0}) } AND EXISTS { (a)-[:AWARDED_BY]->(:Entity)-[:PART_OF*0..4]->(:Entity {id: $p1}) })"`,
    );
    expect(Object.values(parts.values)).toEqual(['competition/worldskills-46', 'org/college']);
  });

  it.each([
    [{ awardedBy: 'org/college OR 1=1' }, 'filter.awardedBy'],
    [{ includeParts: true, level: 'NATIONAL' }, 'filter.includeParts'],
    [{ dateFrom: '2020/09' }, 'filter.dateFrom'],
    [{ section: 100 }, 'filter.section'],
    [{ section: -1 }, 'filter.section'],
    [{ rank: [] }, 'filter.rank'],
    [{ and: [{ not: { or: [{ not: { and: [{ not: {} }] } }] } }] }, 'filter.and[0].not.or[0].not.and[0]'],
  ])('refuses %j naming %s', (filter, argumentName) => {
    expect(() => toAwardQuery(filter as never, 'filter', 1)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ argumentName }) }),
    );
  });
});

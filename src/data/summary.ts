import type { Executor } from '../neo4j/executor';
import { ENTITY_KINDS, LABEL_OF_KIND, type EntityKind } from '../model/vocabulary';
import { reportFromProperties, type Props } from './codec';
import type { AsOf, GraphSummaryRecord } from './model';
import { CypherParams, statedByKnown } from './projection';
import { reportProjection } from './reports';

/** Data access for the graph's overall figures. */
export async function getGraphSummary(db: Executor, withReportText = false, asOf: AsOf | null = null): Promise<GraphSummaryRecord> {
  // Label counts come from Neo4j's count store: no node is read. As of a moment, the nodes and
  // facts a known report states are counted instead.
  const params = new CypherParams();
  const known = asOf ? params.add(asOf.known) : null;
  const stated = (variable: string, keyword: string) => (known ? ` ${keyword} ${statedByKnown(variable, known)}` : '');
  const countSubqueries = ENTITY_KINDS.map(
    (kind) => `CALL { MATCH (n:${LABEL_OF_KIND[kind]})${stated('n', 'WHERE')} RETURN count(n) AS ${kind.toLowerCase()} }`,
  ).join('\n');
  const relationships = known
    ? `MATCH (a:Entity)-[r]->(b:Entity) WHERE ${['r', 'a', 'b'].map((v) => statedByKnown(v, known)).join(' AND ')}`
    : 'MATCH (:Entity)-[r]->(:Entity)';
  const result = await db.read(
    `${countSubqueries}
     CALL { ${relationships} RETURN count(r) AS relationships }
     CALL { MATCH (rep:Report)${known ? ` WHERE rep.id IN ${known}` : ''} RETURN collect(${reportProjection('rep', withReportText)}) AS reports }
     RETURN ${ENTITY_KINDS.map((k) => k.toLowerCase()).join(', ')}, relationships, reports`,
    params.values,
  );
  const row = result.records[0]!;
  const entityCounts = ENTITY_KINDS.map((kind: EntityKind) => ({ kind, entityCount: row.get(kind.toLowerCase()) as number }));
  return {
    entityCounts,
    entityCount: entityCounts.reduce((sum, c) => sum + c.entityCount, 0),
    relationshipCount: row.get('relationships') as number,
    reports: (row.get('reports') as Props[]).map(reportFromProperties).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

import type { Executor } from '../neo4j/executor';
import { ENTITY_KINDS, LABEL_OF_KIND, type EntityKind } from '../model/vocabulary';
import { reportFromProperties, type Props } from './codec';
import type { GraphSummaryRecord } from './model';
import { reportProjection } from './reports';

/** Data access for the graph's overall figures. */
export async function getGraphSummary(db: Executor, withReportText = false): Promise<GraphSummaryRecord> {
  // Label counts come from Neo4j's count store: no node is read.
  const countSubqueries = ENTITY_KINDS.map(
    (kind) => `CALL { MATCH (n:${LABEL_OF_KIND[kind]}) RETURN count(n) AS ${kind.toLowerCase()} }`,
  ).join('\n');
  const result = await db.read(
    `${countSubqueries}
     CALL { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
     CALL { MATCH (rep:Report) RETURN collect(${reportProjection('rep', withReportText)}) AS reports }
     RETURN ${ENTITY_KINDS.map((k) => k.toLowerCase()).join(', ')}, relationships, reports`,
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

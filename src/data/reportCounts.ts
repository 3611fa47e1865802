import type { Transaction } from '../neo4j/executor';

/**
 * What each report states, counted once per write and kept on its Report node, so that
 * `reportSummaries` is a lookup of the Report nodes rather than a read of the whole graph per
 * report. An entity or fact counts for every report among its sources. Every write that changes
 * what a report states recounts in its own transaction: a dataset write (services/seeding.ts)
 * and the curation changes that add, delete or merge entries (data/curation.ts). A Report node
 * without counts (written by other means, or before the counts existed; a dataset write sets a
 * report's properties afresh) is counted when it is read (`REPORT_COUNTS` below).
 *
 * Stored as parallel lists (Neo4j properties hold no maps): the kinds and their counts, the
 * award levels ('' for none) and theirs, and the number of facts.
 */

/** The counts of one report, as pairs: what the read returns whether stored or counted then. */
export interface ReportCounts {
  kinds: [string, number][];
  facts: number;
  /** Award levels ('' for an award without one) and how many awards of each. */
  levels: [string, number][];
}

/** Counting statements over the whole graph, each once for every report (one label scan, not one per report). */
const COUNT_ENTITIES = `MATCH (n:Entity) UNWIND n.srcReport AS report WITH DISTINCT report, n
  RETURN report, n.kind AS kind, CASE WHEN n:Award THEN coalesce(n.level, '') END AS level, count(*) AS c`;
const COUNT_FACTS = `MATCH (:Entity)-[r]->(:Entity) UNWIND r.srcReport AS report WITH DISTINCT report, r RETURN report, count(*) AS c`;

/** Recounts every report's counts and stores them on its node, in the caller's transaction. */
export async function recountReports(tx: Transaction): Promise<void> {
  const counts = new Map<string, { kinds: Map<string, number>; facts: number; levels: Map<string, number> }>();
  const of = (report: string) => {
    let found = counts.get(report);
    if (!found) counts.set(report, (found = { kinds: new Map(), facts: 0, levels: new Map() }));
    return found;
  };
  for (const row of (await tx.run(COUNT_ENTITIES)).records) {
    const report = of(row.get('report') as string);
    const [kind, level, c] = [row.get('kind') as string, row.get('level') as string | null, row.get('c') as number];
    report.kinds.set(kind, (report.kinds.get(kind) ?? 0) + c);
    if (level !== null) report.levels.set(level, (report.levels.get(level) ?? 0) + c);
  }
  for (const row of (await tx.run(COUNT_FACTS)).records) of(row.get('report') as string).facts = row.get('c') as number;
  const reports = (await tx.run('MATCH (r:Report) RETURN r.id AS id')).records.map((row) => row.get('id') as string);
  const rows = reports.map((id) => {
    const c = of(id);
    return {
      id,
      kinds: [...c.kinds.keys()],
      kindCounts: [...c.kinds.values()],
      facts: c.facts,
      levels: [...c.levels.keys()],
      levelCounts: [...c.levels.values()],
    };
  });
  await tx.run(
    `UNWIND $rows AS row MATCH (r:Report {id: row.id})
     SET r.countKinds = row.kinds, r.countKindEntities = row.kindCounts, r.countFacts = row.facts,
         r.countLevels = row.levels, r.countLevelAwards = row.levelCounts`,
    { rows },
  );
}

/**
 * `counts`: a report's counts (the variable `rep`), as a ReportCounts map: read from its node,
 * or, for a node without them, counted by reading every entity and fact that cites it.
 */
export const REPORT_COUNTS = `CALL {
       WITH rep
       WITH rep WHERE rep.countFacts IS NULL
       WITH rep, {
         kinds: COLLECT { MATCH (n:Entity) WHERE rep.id IN n.srcReport WITH n.kind AS kind, count(n) AS c RETURN [kind, c] },
         facts: COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE rep.id IN r.srcReport },
         levels: COLLECT { MATCH (a:Award) WHERE rep.id IN a.srcReport WITH coalesce(a.level, '') AS level, count(a) AS c RETURN [level, c] }
       } AS counts
       RETURN collect(counts) AS counted
     }
     WITH rep, CASE WHEN size(counted) > 0 THEN counted[0] ELSE {
       kinds: [i IN range(0, size(rep.countKinds) - 1) | [rep.countKinds[i], rep.countKindEntities[i]]],
       facts: rep.countFacts,
       levels: [i IN range(0, size(rep.countLevels) - 1) | [rep.countLevels[i], rep.countLevelAwards[i]]]
     } END AS counts`;

import type { Props } from '../data/codec';
import type { Transaction } from '../neo4j/executor';
import { RELATION_TYPES } from '../model/vocabulary';
import type { StoredFact } from './changes';

/**
 * A later report that states a fact again must reuse its id (reportMerge.ts then adds a source):
 * a restatement under a new id would be a second edge saying the same thing, counted twice and
 * competing with nobody. Refused here, naming both ids.
 */

/**
 * What a fact states, for telling a restatement: its type, its ends and the fields the report
 * states. A curator's gloss (roleEn), remark (note) and rank are left out, so that a restatement
 * glossed otherwise is still found; reusing the id then names the differing gloss.
 */
const STATED_FIELDS = ['role', 'partnershipKind', 'date', 'outcome', 'count', 'countUnit', 'period', 'contradicts'] as const;

/** Rows per statement, as the writer's. */
const BATCH_SIZE = 1000;

const sameStatement = (a: Props, b: Props) => STATED_FIELDS.every((field) => JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null));

/**
 * Problems for the dataset's facts that the graph does not hold under their id but holds under
 * another: the same type between the same ends, stating the same. `facts` are those not found
 * by id; looked up by their ends, through the entity id index, one statement per type.
 */
export async function restatedUnderNewIds(tx: Transaction, facts: (StoredFact & { id: string })[]): Promise<string[]> {
  const problems: string[] = [];
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const type of RELATION_TYPES) {
    const ofType = facts.filter((f) => f.type === type).map((f) => ({ id: f.id, from: f.from, to: f.to }));
    for (let i = 0; i < ofType.length; i += BATCH_SIZE) {
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {id: row.from})-[r:${type}]->(b:Entity {id: row.to}) WHERE r.id <> row.id
         RETURN row.id AS fact, r.id AS existing, properties(r) AS props ORDER BY fact, existing`,
        { rows: ofType.slice(i, i + BATCH_SIZE) },
      );
      problems.push(...restatements(result.records, byId));
    }
  }
  return problems;
}

/** The problems of the rows found: those stating the same as the dataset's fact. */
function restatements(records: { get(key: string): unknown }[], byId: Map<string, StoredFact & { id: string }>): string[] {
  const problems: string[] = [];
  for (const record of records) {
      const fact = byId.get(record.get('fact') as string)!;
      const props = record.get('props') as Props;
      if (!sameStatement(fact.props, props)) continue;
      const existing = record.get('existing') as string;
      const reports = [...new Set((props.srcReport as string[] | undefined) ?? [])].join(', ') || 'no report';
      problems.push(
        `fact ${fact.id}: states the same ${fact.type} ${fact.from} → ${fact.to} as fact ${existing} (stated in ${reports}); ` +
          `reuse the id ${existing} to add this report's sources to it, or, if it is meant as a competing claim, state what differs and give it contradicts: ${existing}`,
    );
  }
  return problems;
}

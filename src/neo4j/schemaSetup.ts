import { ENTITY_KINDS, LABEL_OF_KIND, RELATION_TYPES } from '../model/vocabulary';
import {
  LOOKUP_INDEX,
  LOOKUP_PROPERTIES,
  ROLE_SEARCH_INDEX,
  ROLE_SEARCH_INDEX_PREFIX,
  ROLE_SEARCH_PROPERTIES,
  SEARCH_INDEX,
  SEARCH_PROPERTIES,
} from '../data/codec';
import { ensureDerivedPropertiesCurrent } from './derivedKeys';
import type { Executor } from './executor';

/**
 * Constraints and indexes, all idempotent (IF NOT EXISTS). Labels and types come from the
 * fixed vocabulary maps, never from input, which is why they may appear in the statement text.
 */
export function schemaStatements(): string[] {
  const statements = [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT series_key IF NOT EXISTS FOR (n:Series) REQUIRE n.key IS UNIQUE',
    // A series' points are the metrics naming its key.
    'CREATE INDEX metric_series IF NOT EXISTS FOR (n:Metric) ON (n.series)',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
    'CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)',
    'CREATE INDEX audit_target IF NOT EXISTS FOR (n:AuditEntry) ON (n.target)',
    // What the graph records about itself (derivedKeys.ts), one node per key.
    'CREATE CONSTRAINT graph_state_key IF NOT EXISTS FOR (n:GraphState) REQUIRE n.key IS UNIQUE',
    'CREATE INDEX entity_aliases IF NOT EXISTS FOR (n:Entity) ON (n.aliases)',
    // Sort keys of award lists.
    'CREATE INDEX award_date IF NOT EXISTS FOR (n:Award) ON (n.date)',
    'CREATE INDEX award_level IF NOT EXISTS FOR (n:Award) ON (n.levelRank)',
    'CREATE INDEX award_rank IF NOT EXISTS FOR (n:Award) ON (n.rankOrder)',
    // Pages in level order read one level at a time in id order (data/awards.ts).
    'CREATE INDEX award_level_id IF NOT EXISTS FOR (n:Award) ON (n.levelRank, n.id)',
    // Chinese names are searched by bigram (cjk analyzer); glosses and pinyin by word. The name
    // carries a version: a changed definition gets a new index, and the old one is dropped.
    'DROP INDEX entity_search IF EXISTS',
    'DROP INDEX entity_search_v2 IF EXISTS',
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [${SEARCH_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
    // Lookups by alias and key (entitiesByName): each list element is one exact term.
    `CREATE FULLTEXT INDEX ${LOOKUP_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [${LOOKUP_PROPERTIES.map((p) => `n.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}}`,
    // Roles are stated by facts (HELD_ROLE and others), so they are searched where they are stored.
    `CREATE FULLTEXT INDEX ${ROLE_SEARCH_INDEX} IF NOT EXISTS FOR ()-[r:${RELATION_TYPES.join('|')}]-() ON EACH [${ROLE_SEARCH_PROPERTIES.map((p) => `r.${p}`).join(', ')}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`,
  ];
  for (const kind of ENTITY_KINDS) {
    const label = LABEL_OF_KIND[kind];
    // Per-label id index: lists of one kind page through it in id order without sorting.
    statements.push(`CREATE INDEX ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) ON (n.id)`);
  }
  for (const type of RELATION_TYPES) {
    statements.push(`CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`);
  }
  return statements;
}

export async function applySchema(db: Executor): Promise<void> {
  // Set-up work, not a request: building indexes may take long, whatever REQUEST_TIMEOUT_MS says.
  const setup = db.scoped({ bulk: true });
  // Schema statements cannot share a transaction with each other; run them one by one.
  for (const statement of schemaStatements()) {
    await setup.write(statement);
  }
  // A role index over an older set of relationship types (see ROLE_SEARCH_INDEX) is dropped.
  const stale = await setup.read('SHOW FULLTEXT INDEXES YIELD name WHERE name STARTS WITH $prefix AND name <> $current RETURN name', {
    prefix: ROLE_SEARCH_INDEX_PREFIX,
    current: ROLE_SEARCH_INDEX,
  });
  for (const name of stale.records.map((r) => r.get('name') as string)) {
    // The name comes from Neo4j's own index list, not from input; quoted as an identifier.
    await setup.write(`DROP INDEX \`${name.replace(/`/g, '``')}\` IF EXISTS`);
  }
  await setup.write('CALL db.awaitIndexes(60)');
  await ensureDerivedPropertiesCurrent(setup);
}

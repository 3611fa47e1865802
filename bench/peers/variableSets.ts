import type { Executor } from '../../src/neo4j/executor';
import { ENTITY_KINDS, LEVELS, LABEL_OF_KIND, levelRank } from '../../src/model/vocabulary';
import { exampleVariables, type OperationName, type Variables } from './operations';

/**
 * The variable sets each operation runs with, derived from the graph in the database (so a
 * bigger or different graph gets its own): the checks compare every server's records for each
 * of them, and the load cycles through them. The canonical example's variables come first.
 */
export const VARIABLE_SETS = 40;

/** `count` items spread evenly over `list` (all of it, in order, when it is short). */
function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]!);
}

/** The canonical variables first, then the others without repeating them, cut or cycled to VARIABLE_SETS. */
function complete(name: OperationName, derived: Variables[]): Variables[] {
  const canonical = exampleVariables(name);
  const seen = new Set<string>();
  const distinct = [canonical, ...derived].filter((v) => !seen.has(JSON.stringify(v)) && seen.add(JSON.stringify(v)));
  // A graph with fewer distinct values (33 competitions in the report) repeats the first ones.
  return Array.from({ length: VARIABLE_SETS }, (_, i) => distinct[i % distinct.length]!);
}

/** Competitions with the most awards first: the entity pages that matter most. */
async function competitionResults(db: Executor): Promise<Variables[]> {
  const result = await db.read(
    `MATCH (c:${LABEL_OF_KIND.COMPETITION}) RETURN c.id AS id, COUNT { (c)<-[:AT]-() } AS awards ORDER BY awards DESC, id`,
  );
  return result.records.map((r) => ({ id: r.get('id') as string }));
}

/** Who-won filters the hand-written peers and @neo4j/graphql can all express: level at least × recipient kind × page size. */
async function awardsWon(db: Executor): Promise<Variables[]> {
  const kinds = ['PERSON', 'GROUP', 'ORGANIZATION', null] as const;
  const combinations: { variables: Variables; awards: number }[] = [];
  for (const level of [...LEVELS].reverse()) {
    for (const kind of kinds) {
      const exists = kind ? `AND EXISTS { (:${LABEL_OF_KIND[kind]})-[:RECEIVED]->(a) }` : '';
      const result = await db.read(`MATCH (a:Award) WHERE a.levelRank >= $rank ${exists} RETURN count(a) AS n`, { rank: levelRank(level) });
      const awards = result.records[0]!.get('n') as number;
      const filter = kind ? { levelAtLeast: level, recipientKind: kind } : { levelAtLeast: level };
      for (const first of [50, 10]) combinations.push({ variables: { filter, first }, awards });
    }
  }
  // Filters that find something first; page sizes alternate, so some pages end early and some go on.
  return combinations.sort((a, b) => Math.sign(b.awards) - Math.sign(a.awards)).map((c) => c.variables);
}

/** The first word of four letters or more of each English name, each word once, with the kind of its first entity. */
function englishWords(entities: { nameEn: string; kind: string }[]): { query: string; kind: string }[] {
  const words = new Map<string, string>();
  for (const entity of entities) {
    const word = /\b[A-Za-z]{4,}\b/.exec(entity.nameEn)?.[0].toLowerCase();
    if (word && !words.has(word)) words.set(word, entity.kind);
  }
  return [...words].map(([query, kind]) => ({ query, kind }));
}

/**
 * What people type into the search box: full Chinese names, pinyin initials, pinyin run
 * together, two characters of a name, an English word; every fifth one limited to its kind.
 */
async function search(db: Executor): Promise<Variables[]> {
  const people = (
    await db.read(
      `MATCH (p:${LABEL_OF_KIND.PERSON}) RETURN p.name AS name, p.pinyinInitials AS initials, p.pinyinPlain AS plain ORDER BY p.id`,
    )
  ).records.map((r) => ({ name: r.get('name') as string, initials: r.get('initials') as string, plain: r.get('plain') as string }));
  const others = (
    await db.read(
      `MATCH (n:Entity) WHERE NOT n:${LABEL_OF_KIND.PERSON} AND NOT n:${LABEL_OF_KIND.METRIC} RETURN n.name AS name, n.nameEn AS nameEn, n.kind AS kind ORDER BY n.id`,
    )
  ).records.map((r) => ({ name: r.get('name') as string, nameEn: r.get('nameEn') as string, kind: r.get('kind') as string }));
  const terms: { query: string; kind: string }[] = [
    ...spread(people, 10).map((p) => ({ query: p.name, kind: 'PERSON' })),
    ...spread(
      people.filter((p) => p.initials.length >= 2),
      7,
    ).map((p) => ({ query: p.initials, kind: 'PERSON' })),
    ...spread(people, 6).map((p) => ({ query: p.plain.replace(/ /g, ''), kind: 'PERSON' })),
    ...spread(
      others.filter((o) => /^[\u4e00-\u9fff]{2}/.test(o.name)),
      8,
    ).map((o) => ({ query: o.name.slice(0, 2), kind: o.kind })),
    ...spread(englishWords(others), 8),
  ];
  return terms.map((term, i) => (i % 5 === 4 ? { query: term.query, kinds: [term.kind] } : { query: term.query }));
}

/** Every kind at five page sizes. */
async function entityPage(): Promise<Variables[]> {
  return ENTITY_KINDS.flatMap((kind) => [1, 5, 10, 20, 50].map((first) => ({ kind, first })));
}

export async function deriveVariableSets(db: Executor): Promise<Record<OperationName, Variables[]>> {
  return {
    CompetitionResults: complete('CompetitionResults', await competitionResults(db)),
    AwardsWon: complete('AwardsWon', await awardsWon(db)),
    Search: complete('Search', await search(db)),
    EntityPage: complete('EntityPage', await entityPage()),
  };
}

/** How many of an operation's sets differ from each other (the report states it). */
export const distinctCount = (sets: Variables[]) => new Set(sets.map((v) => JSON.stringify(v))).size;

import type { DatasetEntity, DatasetFact } from '../../src/seed/dataset';
import { ENTITY_KINDS, RELATION_TYPES } from '../../src/model/vocabulary';

/**
 * The shape of a graph, measured the same way for the seed and a synthetic graph so that the two
 * can be printed side by side: entities per kind, facts per type, the degree histogram, award
 * levels, how awards spread over competitions (the skew), name lengths, sources per entry.
 */
export class Shape {
  reports = 0;
  entities = 0;
  facts = 0;
  readonly kinds = new Map<string, number>();
  readonly types = new Map<string, number>();
  readonly levels = new Map<string, number>();
  readonly nameLengths = new Map<string, number>();
  private readonly degree = new Map<string, number>();
  private readonly awardsAt = new Map<string, number>();
  private readonly kindOf = new Map<string, string>();
  private entitySources = 0;
  private factSources = 0;

  add(entities: readonly DatasetEntity[], facts: readonly DatasetFact[], reports = 1): this {
    this.reports += reports;
    for (const e of entities) {
      this.entities++;
      bump(this.kinds, e.kind);
      this.kindOf.set(e.id, e.kind);
      this.entitySources += e.sources.length;
      if (!this.degree.has(e.id)) this.degree.set(e.id, 0);
      if (e.kind === 'AWARD') bump(this.levels, e.level ?? '(none)');
      if (e.kind === 'PERSON') bump(this.nameLengths, `${[...e.name].length} characters`);
    }
    for (const f of facts) {
      this.facts++;
      bump(this.types, f.type);
      this.factSources += f.sources.length;
      bump(this.degree, f.from);
      bump(this.degree, f.to);
      if (f.type === 'AT') bump(this.awardsAt, f.to);
    }
    return this;
  }

  /** Rows of "what: value" in a fixed order, for printing beside another shape. */
  rows(): [string, string][] {
    const share = (n: number, of: number) => (of === 0 ? '0' : `${n} (${((100 * n) / of).toFixed(1)} %)`);
    const rows: [string, string][] = [
      ['reports', String(this.reports)],
      ['entities', String(this.entities)],
      ['facts', String(this.facts)],
      ['facts per entity', (this.facts / Math.max(1, this.entities)).toFixed(2)],
    ];
    for (const kind of ENTITY_KINDS) rows.push([`  ${kind}`, share(this.kinds.get(kind) ?? 0, this.entities)]);
    for (const type of RELATION_TYPES) rows.push([`  ${type}`, share(this.types.get(type) ?? 0, this.facts)]);
    const degrees = [...this.degree.values()].sort((a, b) => a - b);
    const buckets: [string, (d: number) => boolean][] = [
      ['degree 0', (d) => d === 0],
      ['degree 1', (d) => d === 1],
      ['degree 2', (d) => d === 2],
      ['degree 3-5', (d) => d >= 3 && d <= 5],
      ['degree 6-10', (d) => d >= 6 && d <= 10],
      ['degree 11-20', (d) => d >= 11 && d <= 20],
      ['degree 21-100', (d) => d >= 21 && d <= 100],
      ['degree > 100', (d) => d > 100],
    ];
    for (const [label, test] of buckets) rows.push([`  ${label}`, share(degrees.filter(test).length, degrees.length)]);
    rows.push(['  median degree', String(degrees[Math.floor(degrees.length / 2)] ?? 0)]);
    rows.push(['  highest degree', String(degrees.at(-1) ?? 0)]);
    const awards = this.kinds.get('AWARD') ?? 0;
    for (const level of ['SCHOOL', 'MUNICIPAL', 'PROVINCIAL', 'NATIONAL', 'INTERNATIONAL', '(none)']) {
      rows.push([`  award level ${level}`, share(this.levels.get(level) ?? 0, awards)]);
    }
    const perCompetition = [...this.awardsAt.entries()]
      .filter(([id]) => this.kindOf.get(id) === 'COMPETITION')
      .map(([, n]) => n)
      .sort((a, b) => b - a);
    const atCompetitions = perCompetition.reduce((sum, n) => sum + n, 0);
    const top = perCompetition.slice(0, Math.max(1, Math.ceil(perCompetition.length / 10))).reduce((sum, n) => sum + n, 0);
    rows.push(['  competitions with awards', String(perCompetition.length)]);
    rows.push(['  awards at the busiest competition', String(perCompetition[0] ?? 0)]);
    rows.push([
      '  share of awards at the top 10 % of competitions',
      atCompetitions === 0 ? '0' : `${((100 * top) / atCompetitions).toFixed(1)} %`,
    ]);
    const people = this.kinds.get('PERSON') ?? 0;
    for (const length of [...this.nameLengths.keys()].sort())
      rows.push([`  person names of ${length}`, share(this.nameLengths.get(length)!, people)]);
    rows.push(['sources per entity', (this.entitySources / Math.max(1, this.entities)).toFixed(2)]);
    rows.push(['sources per fact', (this.factSources / Math.max(1, this.facts)).toFixed(2)]);
    return rows;
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A Markdown table of two shapes side by side. */
export function shapeTable(left: [string, Shape], right: [string, Shape]): string {
  const a = left[1].rows();
  const b = new Map(right[1].rows());
  const lines = [`| | ${left[0]} | ${right[0]} |`, '|---|---:|---:|'];
  for (const [what, value] of a) lines.push(`| ${what.trim()}${what.startsWith('  ') ? '' : ''} | ${value} | ${b.get(what) ?? ''} |`);
  return lines.join('\n');
}

import type { DatasetEntity, DatasetFact, DatasetSeries } from './dataset';

/**
 * A series is one quantity over time, so its points must be comparable: every point states the
 * series' unit, is about the series' scope (MEASURES it or is MEASURED_IN it), and each report
 * gives at most one point. A point naming an undeclared series, or a series without points, is
 * a slip of the curator's pen and refused too.
 */
export function seriesProblems(
  entities: ReadonlyMap<string, DatasetEntity>,
  facts: readonly DatasetFact[],
  series: ReadonlyMap<string, DatasetSeries>,
): string[] {
  const problems: string[] = [];
  const scopesOf = new Map<string, Set<string>>();
  for (const fact of facts) {
    if (fact.type !== 'MEASURES' && fact.type !== 'MEASURED_IN') continue;
    (scopesOf.get(fact.from) ?? scopesOf.set(fact.from, new Set()).get(fact.from)!).add(fact.to);
  }
  const pointsOf = new Map<string, DatasetEntity[]>();
  for (const entity of entities.values()) {
    if (entity.kind !== 'METRIC' || entity.series === undefined) continue;
    const where = `${entity.files.join(', ')}: ${entity.id} field 'series'`;
    const declared = series.get(entity.series);
    if (!declared) {
      problems.push(`${where}: no series.yaml declares the series ${entity.series}`);
      continue;
    }
    (pointsOf.get(declared.key) ?? pointsOf.set(declared.key, []).get(declared.key)!).push(entity);
    if ((entity.unit ?? null) !== (declared.unit ?? null) || (entity.unitEn ?? null) !== (declared.unitEn ?? null)) {
      problems.push(
        `${where}: the unit ${JSON.stringify(entity.unit ?? null)} (${JSON.stringify(entity.unitEn ?? null)}) differs from the unit ` +
          `${JSON.stringify(declared.unit ?? null)} (${JSON.stringify(declared.unitEn ?? null)}) of the series ${declared.key}`,
      );
    }
    if (!scopesOf.get(entity.id)?.has(declared.scope)) {
      problems.push(`${where}: a point of the series ${declared.key} must MEASURE its scope ${declared.scope} or be MEASURED_IN it`);
    }
  }
  for (const declared of series.values()) {
    const where = `${declared.files.join(', ')}: series ${declared.key}`;
    if (!entities.has(declared.scope)) problems.push(`${where} field 'scope': no entity with id ${declared.scope}`);
    const points = pointsOf.get(declared.key) ?? [];
    if (points.length === 0) problems.push(`${where}: no METRIC names it in 'series'`);
    const byReport = new Map<string, string>();
    for (const point of points) {
      for (const report of new Set(point.sources.map((s) => s.report))) {
        const other = byReport.get(report);
        if (other && other !== point.id) problems.push(`${where}: ${report} states two points of it (${other} and ${point.id}); a report gives one`);
        byReport.set(report, point.id);
      }
    }
  }
  return problems;
}

import {
  entityToProperties,
  entityValueFromProperties,
  factToProperties,
  factValueFromProperties,
  storedEntityValue,
  type EntityValue,
  type FactValue,
  type Props,
} from '../data/codec';
import { fromProvenanceProperties, type Provenance } from '../model/provenance';
import type { StoredFact } from './changes';
import { contradictionProblem } from './dataset';

/**
 * Many reports in one graph. A dataset speaks for its own reports only: what other reports state
 * about the same entity or fact (their sources, end quotes and aliases) is kept when it is
 * written, and a field it gives must agree with what they stated. A report that says otherwise
 * states a competing fact (`contradicts`), so nothing another report stated is overwritten.
 */

/** Report id → semester, for every report in the graph and the dataset (the dataset's win). */
export type Semesters = ReadonlyMap<string, string>;

/** Sources in time order: by their report's semester, then report id; a report's own keep their order. */
export function inTimeOrder(sources: Provenance[], semesters: Semesters): Provenance[] {
  const key = (s: Provenance) => `${semesters.get(s.report) ?? '9999-9'} ${s.report}`;
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (key(a.s) < key(b.s) ? -1 : key(a.s) > key(b.s) ? 1 : a.i - b.i))
    .map(({ s }) => s);
}

const FIELDS_MERGED = new Set(['id', 'sources', 'ended', 'aliases', 'pinyin']);

/** True when the list is already in time order (the usual case: a report's sources come in its order). */
const alreadyInOrder = (list: Provenance[], semesters: Semesters) => inTimeOrder(list, semesters).every((s, i) => s === list[i]);

/** Fields stated elsewhere that the dataset leaves out are kept; ones it gives must agree. */
function mergeFields(stored: Props, dataset: Props, where: string, others: string[], problems: string[]): Props {
  const merged: Props = { ...dataset };
  for (const [field, value] of Object.entries(stored)) {
    if (FIELDS_MERGED.has(field) || value === undefined || value === null) continue;
    if (merged[field] === undefined) merged[field] = value;
    else if (JSON.stringify(merged[field]) !== JSON.stringify(value)) {
      problems.push(
        `${where} field '${field}': ${JSON.stringify(merged[field])} conflicts with ${JSON.stringify(value)} stated in ${others.join(', ')}` +
          (where.startsWith('fact') ? `; state it as a competing fact with contradicts: ${String(stored.id)}` : ''),
      );
    }
  }
  return merged;
}

const reportsOf = (sources: Provenance[]) => [...new Set(sources.map((s) => s.report))];

/**
 * The properties to write for a dataset's entity, given what the graph holds: other reports'
 * sources and aliases kept, sources in time order. Unchanged when no other report states it.
 */
export function mergeEntityProps(
  value: EntityValue,
  stored: Props | undefined,
  datasetReports: ReadonlySet<string>,
  semesters: Semesters,
  problems: string[],
  /** entityToProperties(value), when the caller has it already: returned as it is when nothing changes it. */
  own?: Props,
): Props {
  const foreign = stored ? fromProvenanceProperties(stored).filter((s) => !datasetReports.has(s.report)) : [];
  if (!stored || foreign.length === 0) {
    if (own && alreadyInOrder(value.sources, semesters)) return own;
    return entityToProperties({ ...value, sources: inTimeOrder(value.sources, semesters) });
  }
  const before = storedEntityValue(stored);
  const fields = mergeFields(
    entityValueFromProperties(stored) as unknown as Props,
    value as unknown as Props,
    `entity ${value.id}`,
    reportsOf(foreign),
    problems,
  );
  return entityToProperties({
    ...(fields as unknown as EntityValue),
    ...(value.pinyin ?? before.pinyin ? { pinyin: value.pinyin ?? before.pinyin } : {}),
    aliases: [...new Set([...before.aliases, ...value.aliases])],
    sources: inTimeOrder([...foreign, ...value.sources], semesters),
  });
}

/** The properties to write for a dataset's fact: other reports' sources and end quotes kept, both in time order. */
export function mergeFactProps(
  value: FactValue,
  stored: StoredFact | undefined,
  datasetReports: ReadonlySet<string>,
  semesters: Semesters,
  problems: string[],
  /** factToProperties(value), when the caller has it already: returned as it is when nothing changes it. */
  own?: Props,
): Props {
  const before = stored ? factValueFromProperties(stored.type, stored.from, stored.to, stored.props) : undefined;
  const isForeign = (s: Provenance) => !datasetReports.has(s.report);
  const foreign = before?.sources.filter(isForeign) ?? [];
  const foreignEnds = before?.ended?.filter(isForeign) ?? [];
  const ordered = (list: Provenance[]) => inTimeOrder(list, semesters);
  if (!before || foreign.length + foreignEnds.length === 0) {
    if (own && alreadyInOrder(value.sources, semesters) && alreadyInOrder(value.ended ?? [], semesters)) return own;
    return factToProperties({ ...value, sources: ordered(value.sources), ended: ordered(value.ended ?? []) });
  }
  const others = reportsOf([...foreign, ...foreignEnds]);
  const fields = mergeFields(before as unknown as Props, value as unknown as Props, `fact ${value.id}`, others, problems);
  return factToProperties({
    ...(fields as unknown as FactValue),
    sources: ordered([...foreign, ...value.sources]),
    ended: ordered([...foreignEnds, ...(value.ended ?? [])]),
  });
}

/** A contradicted fact that only the graph holds must exist and join the same ends. */
export function contradictedInGraph(fact: FactValue, stored: StoredFact | undefined): string | null {
  if (!stored) return `fact ${fact.id} field 'contradicts': no fact with id ${fact.contradicts} in the dataset or the graph`;
  const problem = contradictionProblem(fact, { id: fact.contradicts!, ...stored });
  return problem ? `fact ${fact.id} field 'contradicts': ${problem}` : null;
}

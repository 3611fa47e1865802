import { createHash } from 'node:crypto';
import { entityValueFromProperties, factValueFromProperties, type Props } from '../data/codec';
import type { RelationType } from '../model/vocabulary';

/**
 * How a dataset compares with the graph, entry by entry: what a dataset write would create,
 * update or leave alone, and what it keeps because a curator changed it through the API.
 */

/** What a dataset write did to its entities (or facts); every entry is counted exactly once. */
export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Differs from the dataset, but was changed through the API since the last dataset write: left as it is. */
  kept: number;
  /** Was changed through the API, and the dataset was written over it on request (--force). */
  overwritten: number;
}

export type Outcome = keyof ChangeCounts;

export const noChanges = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, kept: 0, overwritten: 0 });

/** The newest change made through the API to an entry (or, for a fact, to one of its ends). */
export interface CuratorChange {
  /** The entity or fact the change was about. */
  target: string;
  actor: string;
  operation: string;
  at: string;
}

/** One field whose graph value differs from the dataset's; undefined where one side has no value. */
export interface Difference {
  field: string;
  graph: unknown;
  dataset: unknown;
}

/** An entry of the dataset that differs from the graph, and what the write did about it. */
export interface EntryChange {
  id: string;
  entry: 'entity' | 'fact';
  outcome: Exclude<Outcome, 'unchanged'>;
  /** The entry is not in the graph (never written, or deleted or merged away through the API). */
  absent: boolean;
  differences: Difference[];
  /** For kept and overwritten entries: the curator's change that made them so. */
  curated?: CuratorChange;
}

/** Serialises with sorted keys, so that equal values give equal text whatever their key order. */
// Loops and string appends rather than entries, filter and map: it runs over every property of
// a dataset (the digest) and of the entries the graph holds, and was a tenth of an import's Node time.
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${text}]`;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // The default sort orders by UTF-16 code units, as `<` does.
    const keys = Object.keys(record).sort();
    let text = '{';
    for (const key of keys) {
      const field = record[key];
      if (field === undefined || field === null) continue;
      text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(field)}`;
    }
    return `${text}}`;
  }
  return JSON.stringify(value);
}

/** Property maps compare equal when they hold the same values (absent and null are the same). */
export const sameProperties = (a: Props, b: Props): boolean => canonicalJson(a) === canonicalJson(b);

/** Fields of two values (as curated data states them) that differ, in a stable order. */
function differingFields(graph: Props, dataset: Props): Difference[] {
  const fields = [...new Set([...Object.keys(graph), ...Object.keys(dataset)])].sort();
  return fields
    .filter((field) => canonicalJson(graph[field]) !== canonicalJson(dataset[field]))
    .map((field) => ({ field, graph: graph[field] ?? undefined, dataset: dataset[field] ?? undefined }));
}

/** An entity's differing fields, compared as curated data states them (derived index keys left out). */
export function entityDifferences(graph: Props | undefined, dataset: Props): Difference[] {
  const value = (props: Props) => entityValueFromProperties(props) as unknown as Props;
  return differingFields(graph ? value(graph) : {}, value(dataset));
}

/** A stored fact: its type and ends as well as its properties. */
export interface StoredFact {
  type: RelationType;
  from: string;
  to: string;
  props: Props;
}

export function factDifferences(graph: StoredFact | undefined, dataset: StoredFact): Difference[] {
  const value = (f: StoredFact) => factValueFromProperties(f.type, f.from, f.to, f.props) as unknown as Props;
  return differingFields(graph ? value(graph) : {}, value(dataset));
}

/** The dataset's content digest: equal datasets, however their files are laid out, give equal digests. */
export function datasetDigest(parts: { reports: Props[]; entities: Props[]; facts: Props[]; series: Props[] }): string {
  const byId = (rows: Props[]) => [...rows].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  const byKey = (rows: Props[]) => [...rows].sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
  // A dataset without series digests as it did before series existed.
  const series = parts.series.length > 0 ? { series: byKey(parts.series) } : {};
  const text = canonicalJson({ reports: byId(parts.reports), entities: byId(parts.entities), facts: byId(parts.facts), ...series });
  return createHash('sha256').update(text).digest('hex');
}

import type { ChangeCounts, EntryChange } from '../seed/writeDataset';
import type { DatasetWriteResult } from '../services/seeding';

/** What `npm run seed` and `npm run import` print after writing a dataset. */

const MAX_LISTED = 50;
const MAX_VALUE = 60;

export const describeCounts = (c: ChangeCounts) =>
  `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.kept} kept as curated` +
  (c.overwritten ? `, ${c.overwritten} curated overwritten` : '');

/** A value cut short for one line: strings quoted, absent as (none). */
export function shortValue(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function describeEntry(change: EntryChange): string[] {
  const curated = change.curated!;
  const why = curated.target === change.id ? '' : ` of ${curated.target}`;
  const lines = [`  ${change.id}  (${curated.operation}${why} by ${curated.actor} at ${curated.at})`];
  if (change.absent)
    lines.push(
      change.outcome === 'kept' ? '    not in the graph; the dataset has it' : '    was not in the graph; written from the dataset',
    );
  else for (const d of change.differences) lines.push(`    ${d.field}: graph ${shortValue(d.graph)}, dataset ${shortValue(d.dataset)}`);
  return lines;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The counts, then every kept entry with the fields that differ, and how to overwrite them. */
export function describeDatasetWrite(result: DatasetWriteResult, forceCommand: string): string[] {
  const lines = [`entities: ${describeCounts(result.entities)}`, `facts:    ${describeCounts(result.facts)}`];
  if (result.kept.length > 0) {
    const entities = result.kept.filter((c) => c.entry === 'entity').length;
    lines.push(
      `Kept ${plural(entities, 'entity')} and ${plural(result.kept.length - entities, 'fact')} as curators left them through the API ` +
        `(changed since the dataset was last written over them); the graph differs from the dataset in:`,
    );
    for (const change of result.kept.slice(0, MAX_LISTED)) lines.push(...describeEntry(change));
    if (result.kept.length > MAX_LISTED) lines.push(`  … and ${result.kept.length - MAX_LISTED} more (see auditLog)`);
    lines.push(`To write the dataset over them (each overwrite is recorded in the audit log): ${forceCommand}`);
  }
  if (result.overwritten.length > 0) {
    lines.push(
      `Overwrote ${plural(result.overwritten.length, 'curated entry')} with the dataset (--force), each recorded in the audit log:`,
    );
    for (const change of result.overwritten.slice(0, MAX_LISTED)) lines.push(...describeEntry(change));
    if (result.overwritten.length > MAX_LISTED) lines.push(`  … and ${result.overwritten.length - MAX_LISTED} more (see auditLog)`);
  }
  lines.push(
    result.audited
      ? `dataset ${result.digest.slice(0, 12)}: recorded in the audit log`
      : `dataset ${result.digest.slice(0, 12)}: the graph already holds it; nothing written`,
  );
  return lines;
}

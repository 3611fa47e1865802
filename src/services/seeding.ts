import { findCuratorChanges, recordAudits, type AuditInfo } from '../data/audit';
import { recountReports } from '../data/reportCounts';
import { forgetReportCalendar } from '../data/reports';
import type { Executor } from '../neo4j/executor';
import type { Dataset } from '../seed/dataset';
import { noSkippedEntries, skippedTotal, type SkippedEntries } from '../seed/review';
import { refreshPlannerStatistics, writeDataset, type ChangeCounts, type EntryChange, type WriteProgress } from '../seed/writeDataset';

/**
 * Dataset writes (seeding at start-up, `npm run seed`, `npm run import`, the importDataset
 * mutation) follow the same rules as
 * every other write: they are audited, and they do not undo a curator. An entity or fact changed
 * through the API since the last dataset write of it is kept as the curator left it and listed
 * with its differences, unless the caller forces the dataset over it.
 */

export interface DatasetWriteRequest {
  /** Who writes: `seed` for seeding, `cli:<user>` for an import. */
  actor: string;
  operation: 'seed' | 'import' | 'importDataset';
  /** Where the dataset came from, for the audit entry (a folder, or start-up). */
  source: string;
  /** Write the dataset over curated entries too (each overwrite is audited). */
  force?: boolean;
  onProgress?: (progress: WriteProgress) => void;
  /**
   * Resample the indexes after a write that created entries (the default). A load of many
   * datasets in a row (bench:scale's shards) passes false and calls refreshPlannerStatistics once
   * after the last: each refresh resamples every index of the whole graph and empties the plan
   * cache, so that every statement of the next dataset is planned again.
   */
  refreshStatistics?: boolean;
}

export interface DatasetWriteResult {
  /** SHA-256 of the dataset's content. */
  digest: string;
  reports: string[];
  entities: ChangeCounts;
  facts: ChangeCounts;
  /** Entries left as curators made them, with what differs from the dataset. */
  kept: EntryChange[];
  /** Curated entries the dataset was written over (forced). */
  overwritten: EntryChange[];
  /** Proposed entries held back because no curator accepted them (seed/review.ts), as the audit entry records them. */
  skipped: SkippedEntries;
  /** False when the graph already equalled the dataset: nothing was written, not even an audit entry. */
  audited: boolean;
}

const fieldsOf = (change: EntryChange, side: 'graph' | 'dataset') =>
  Object.fromEntries(change.differences.map((d) => [d.field, d[side] ?? null]));

/** What one changed entry looked like before and after, as updateEntity records it: only the fields that changed. */
function entryAudit(change: EntryChange, run: AuditInfo): AuditInfo & { before: unknown; after: unknown } {
  const curated = change.curated;
  const reason = curated
    ? `${run.reason}; --force: the dataset's value replaces ${curated.operation} by ${curated.actor} at ${curated.at}`
    : run.reason;
  return {
    ...run,
    target: change.id,
    reason,
    before: change.absent ? null : fieldsOf(change, 'graph'),
    after: fieldsOf(change, 'dataset'),
  };
}

/**
 * Writes a validated dataset in one transaction with its audit entries: one for the run (the
 * dataset's digest and the counts) and one for each entity or fact it updated or overwrote. A
 * run that finds the graph equal to the dataset writes nothing at all.
 */
export async function writeAuditedDataset(db: Executor, dataset: Dataset, request: DatasetWriteRequest): Promise<DatasetWriteResult> {
  const reports = dataset.reports.map((r) => r.id);
  const force = request.force ?? false;
  let audited = false;
  const summary = await writeDataset(db, dataset, {
    findCurated: findCuratorChanges,
    force,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    afterWrite: async (tx, written) => {
      // Every report's counts (the dataset's reports were written afresh, without them).
      await recountReports(tx);
      audited = written.changes.length > 0;
      if (!audited) return;
      const run: AuditInfo = {
        actor: request.actor,
        operation: request.operation,
        reason: `dataset ${written.digest.slice(0, 12)} (${request.source}${force ? ', --force' : ''})`,
      };
      const idsOf = (outcome: EntryChange['outcome']) => written.changes.filter((c) => c.outcome === outcome).map((c) => c.id);
      await recordAudits(tx, [
        {
          ...run,
          before: null,
          after: {
            dataset: written.digest,
            reports,
            force,
            entities: written.entityChanges,
            facts: written.factChanges,
            kept: idsOf('kept'),
            overwritten: idsOf('overwritten'),
            // Proposed entries not accepted by a curator (seed/review.ts): counted, never written.
            ...(dataset.skipped && skippedTotal(dataset.skipped) > 0 ? { skipped: dataset.skipped } : {}),
          },
        },
        // Creations are counted in the run's entry; changes to what was there get one entry each.
        ...written.changes.filter((c) => c.outcome === 'updated' || c.outcome === 'overwritten').map((c) => entryAudit(c, run)),
      ]);
    },
  });
  forgetReportCalendar();
  if (summary.nodesCreated + summary.relationshipsCreated > 0 && request.refreshStatistics !== false) await refreshPlannerStatistics(db);
  return {
    digest: summary.digest,
    reports,
    entities: summary.entityChanges,
    facts: summary.factChanges,
    kept: summary.changes.filter((c) => c.outcome === 'kept'),
    overwritten: summary.changes.filter((c) => c.outcome === 'overwritten'),
    skipped: dataset.skipped ?? noSkippedEntries(),
    audited,
  };
}

/** Logs a dataset write's progress as "entities n of N": the first batch, then at most once a second, and the end. */
export function progressLog(log: { info(fields: object, message: string): void }, minIntervalMs = 1000) {
  const last = new Map<string, number>();
  return ({ step, done, total }: WriteProgress) => {
    const now = Date.now();
    const previous = last.get(step);
    if (previous !== undefined && done < total && now - previous < minIntervalMs) return;
    last.set(step, now);
    log.info({ step, done, total }, `${step} ${done} of ${total}`);
  };
}

import * as store from '../data/curation';
import type { EntityRecord, RelationRecord } from '../data/model';
import type { Executor } from '../neo4j/executor';
import { DatabaseConflictError } from '../neo4j/executor';
import { parseCorpus, ReportTextError } from '../model/reportText';
import {
  DatasetError,
  datasetPathProblem,
  endpointProblem,
  parseEntity,
  parseFact,
  readDataset,
  type Dataset,
  type DatasetFile,
  type ReportText,
} from '../seed/dataset';
import { ConflictError, InvalidInputError } from './errors';
import { writeAuditedDataset, type DatasetWriteResult } from './seeding';

/**
 * Curators' changes: every rule a change must pass lives here (or in the dataset reader it
 * calls), between the GraphQL resolvers that map arguments and the stores that write.
 * Each change commits together with its audit entry.
 */

/** Who makes a change and why; both land in the audit trail. */
export interface Change {
  actor: string;
  reason: string;
}

/** A new entity or fact as a curator states it: a dataset entry plus the report it quotes. */
export type CuratedEntry = Record<string, unknown> & { report: string };

async function reportText(db: Executor, reportId: string): Promise<ReportText> {
  const text = await store.findReportText(db, reportId);
  if (text === null) throw new InvalidInputError('input.report', `no report with id ${reportId}`);
  try {
    return { id: reportId, corpus: parseCorpus(text) };
  } catch (err) {
    // A text imported before the parser grew stricter: quotes cannot be checked against it.
    if (err instanceof ReportTextError)
      throw new InvalidInputError(
        'input.report',
        `the text of ${reportId} does not split into sections and items`,
        err.message.split('\n'),
      );
    throw err;
  }
}

/** A uniqueness violation becomes the curator's conflict, in words about their change. */
async function refusingConflicts<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof DatabaseConflictError) throw new ConflictError(message);
    throw err;
  }
}

export async function createEntity(db: Executor, { report, ...entry }: CuratedEntry, change: Change): Promise<EntityRecord> {
  const problems: string[] = [];
  const entity = parseEntity(entry, '前言', await reportText(db, report), 'input', problems);
  if (!entity || problems.length > 0) throw new InvalidInputError('input', 'is not a valid entity; nothing was written', problems);
  return refusingConflicts(`an entity with id ${entity.id} already exists`, () =>
    store.createEntity(db, entity, { actor: change.actor, operation: 'createEntity', reason: change.reason }),
  );
}

export async function createFact(db: Executor, { report, ...entry }: CuratedEntry, change: Change): Promise<RelationRecord> {
  const problems: string[] = [];
  const fact = parseFact(entry, '前言', await reportText(db, report), 'input', problems);
  if (!fact || problems.length > 0) throw new InvalidInputError('input', 'is not a valid fact; nothing was written', problems);
  const kinds = await store.findKinds(db, [fact.from, fact.to]);
  for (const end of ['from', 'to'] as const) {
    const problem = endpointProblem(fact, end, kinds.get(fact[end]));
    if (problem) throw new InvalidInputError(`input.${end}`, problem);
  }
  const created = await refusingConflicts(`a fact with id ${fact.id} already exists`, () =>
    store.createFact(db, fact, { actor: change.actor, operation: 'createFact', reason: change.reason }),
  );
  if (!created) throw new InvalidInputError('input', 'an end of the fact was deleted meanwhile; nothing was written');
  return created;
}

export function updateEntity(db: Executor, id: string, patch: store.EntityPatch, change: Change): Promise<EntityRecord | null> {
  if (Object.keys(patch).length === 0) throw new InvalidInputError('input', 'changes nothing: give nameEn or note');
  return refusingConflicts('conflicting update', () =>
    store.updateEntity(db, id, patch, { actor: change.actor, operation: 'updateEntity', reason: change.reason }),
  );
}

export function deleteEntity(db: Executor, id: string, change: Change): Promise<boolean> {
  return refusingConflicts('conflicting delete', () =>
    store.deleteEntity(db, id, { actor: change.actor, operation: 'deleteEntity', reason: change.reason }),
  );
}

export function deleteFact(db: Executor, id: string, change: Change): Promise<boolean> {
  return refusingConflicts('conflicting delete', () =>
    store.deleteFact(db, id, { actor: change.actor, operation: 'deleteFact', reason: change.reason }),
  );
}

export function mergeEntities(db: Executor, keep: string, remove: string, change: Change): Promise<EntityRecord | null> {
  if (keep === remove) throw new InvalidInputError('remove', 'must differ from keep');
  return refusingConflicts('conflicting merge', () =>
    store.mergeEntities(db, keep, remove, { actor: change.actor, operation: 'mergeEntities', reason: change.reason }),
  );
}

/** Uploaded files, validated as a whole dataset (nothing is written if any of it is invalid), then imported. */
export async function importFiles(
  requestDb: Executor,
  files: DatasetFile[],
  request: { actor: string; force: boolean },
): Promise<DatasetWriteResult> {
  // A whole dataset, validated and written: the request gets DATASET_TIMEOUT_MS from here on.
  const db = requestDb.scoped({ bulk: true });
  if (files.length === 0) throw new InvalidInputError('files', 'must contain at least one file');
  files.forEach((file, i) => {
    const problem = datasetPathProblem(file.path);
    if (problem) throw new InvalidInputError(`files[${i}].path`, problem);
  });
  try {
    const dataset: Dataset = readDataset(files);
    // An upload is a dataset write like `npm run import`: it does not undo a curator's one-by-one changes.
    // Nor another report's statements: a conflict with them is refused as the dataset's problem.
    return await writeAuditedDataset(db, dataset, { ...request, operation: 'importDataset', source: 'upload' });
  } catch (err) {
    if (err instanceof DatasetError) {
      throw new InvalidInputError('files', `the dataset is invalid (${err.problems.length} problems); nothing was written`, err.problems);
    }
    throw err;
  }
}

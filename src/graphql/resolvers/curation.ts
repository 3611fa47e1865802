import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listAuditEntries } from '../../data/audit';
import {
  ConflictError,
  createEntity,
  createFact,
  deleteEntity,
  deleteFact,
  findKinds,
  findReportText,
  mergeEntities,
  updateEntity,
} from '../../data/curation';
import { RELATION_ENDPOINTS } from '../../model/vocabulary';
import { parseCorpus } from '../../seed/corpus';
import { DatasetError, loadDataset, parseEntity, parseFact, type ReportText } from '../../seed/dataset';
import { writeDataset } from '../../seed/writeDataset';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql';
import { nonEmptyText, pageSize } from '../arguments';
import { badUserInput, conflict } from '../errors';
import { requireEditor } from '../guards';

const DATASET_PATH = /^reports\/[a-z0-9]+(-[a-z0-9]+)*\/[A-Za-z0-9_.-]+\.(ya?ml|txt)$/;

/** Writes uploaded files into a fresh folder, refusing any path outside the dataset layout. */
function materialise(files: { path: string; content: string }[]): string {
  if (files.length === 0) throw badUserInput('files', 'must contain at least one file');
  files.forEach((file, i) => {
    if (!DATASET_PATH.test(file.path) || file.path.includes('..')) {
      throw badUserInput(`files[${i}].path`, `"${file.path}" is not reports/<folder>/<name>.yaml or .txt`);
    }
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-import-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
    fs.writeFileSync(path.join(dir, file.path), file.content);
  }
  return dir;
}

/** GraphQL gives absent optional fields as null; the dataset format leaves them out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

async function reportText(db: Parameters<typeof findReportText>[0], reportId: string): Promise<ReportText> {
  const text = await findReportText(db, reportId);
  if (text === null) throw badUserInput('input.report', `no report with id ${reportId}`);
  return { id: reportId, corpus: parseCorpus(text) };
}

/** Turns a refused write into the client's error; anything else propagates. */
async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (err instanceof ConflictError) throw conflict(err.message);
    throw err;
  }
}

const Mutation: MutationResolvers = {
  createEntity: async (_root, { input, reason }, context) => {
    const caller = requireEditor(context);
    const why = nonEmptyText('reason', reason);
    const { report, ...entry } = withoutNulls(input) as { report: string } & Record<string, unknown>;
    const problems: string[] = [];
    const entity = parseEntity(entry, '前言', await reportText(context.db, report), 'input', problems);
    if (!entity || problems.length > 0) throw badUserInput('input', 'is not a valid entity; nothing was written', problems);
    return guarded(() => createEntity(context.db, entity, { actor: caller.subject, operation: 'createEntity', reason: why }));
  },
  createFact: async (_root, { input, reason }, context) => {
    const caller = requireEditor(context);
    const why = nonEmptyText('reason', reason);
    const { report, ...entry } = withoutNulls(input) as { report: string } & Record<string, unknown>;
    const problems: string[] = [];
    const fact = parseFact(entry, '前言', await reportText(context.db, report), 'input', problems);
    if (!fact || problems.length > 0) throw badUserInput('input', 'is not a valid fact; nothing was written', problems);
    const kinds = await findKinds(context.db, [fact.from, fact.to]);
    const allowed = RELATION_ENDPOINTS[fact.type];
    for (const end of ['from', 'to'] as const) {
      const kind = kinds.get(fact[end]);
      if (!kind) throw badUserInput(`input.${end}`, `no entity with id ${fact[end]}`);
      if (!allowed[end].includes(kind)) throw badUserInput(`input.${end}`, `a ${fact.type} fact cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind}`);
    }
    const created = await guarded(() => createFact(context.db, fact, { actor: caller.subject, operation: 'createFact', reason: why }));
    if (!created) throw badUserInput('input', 'an end of the fact was deleted meanwhile; nothing was written');
    return created;
  },
  deleteEntity: (_root, { id, reason }, context) => {
    const caller = requireEditor(context);
    return deleteEntity(context.db, id, { actor: caller.subject, operation: 'deleteEntity', reason: nonEmptyText('reason', reason) });
  },
  deleteFact: (_root, { id, reason }, context) => {
    const caller = requireEditor(context);
    return deleteFact(context.db, id, { actor: caller.subject, operation: 'deleteFact', reason: nonEmptyText('reason', reason) });
  },
  mergeEntities: (_root, { keep, remove, reason }, context) => {
    const caller = requireEditor(context);
    if (keep === remove) throw badUserInput('remove', 'must differ from keep');
    return mergeEntities(context.db, keep, remove, { actor: caller.subject, operation: 'mergeEntities', reason: nonEmptyText('reason', reason) });
  },
  importDataset: async (_root, { files }, context) => {
    const caller = requireEditor(context);
    const dir = materialise(files);
    try {
      const dataset = loadDataset(dir);
      const summary = await writeDataset(context.db, dataset, { actor: caller.subject, operation: 'importDataset' });
      return { reports: dataset.reports.map((r) => r.id), entities: summary.entityChanges, facts: summary.factChanges };
    } catch (err) {
      if (err instanceof DatasetError) {
        throw badUserInput('files', `the dataset is invalid (${err.problems.length} problems); nothing was written`, err.problems);
      }
      throw err;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  updateEntity: async (_root, { id, input }, context) => {
    const caller = requireEditor(context);
    const reason = nonEmptyText('input.reason', input.reason);
    const patch: { nameEn?: string; note?: string | null } = {};
    if (input.nameEn !== null && input.nameEn !== undefined) patch.nameEn = nonEmptyText('input.nameEn', input.nameEn);
    if (input.note !== null && input.note !== undefined) patch.note = input.note.trim() === '' ? null : input.note.trim();
    if (Object.keys(patch).length === 0) throw badUserInput('input', 'changes nothing: give nameEn or note');
    return updateEntity(context.db, id, patch, { actor: caller.subject, operation: 'updateEntity', reason });
  },
};

const Query: QueryResolvers = {
  auditLog: (_root, args, { db }) => listAuditEntries(db, pageSize('first', args.first, 50, 200), args.target ?? null),
};

export const curationResolvers: Resolvers = { Mutation, Query };

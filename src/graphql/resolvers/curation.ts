import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listAuditEntries } from '../../data/audit';
import { updateEntity } from '../../data/curation';
import { DatasetError, loadDataset } from '../../seed/dataset';
import { writeDataset } from '../../seed/writeDataset';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql';
import { nonEmptyText, pageSize } from '../arguments';
import { badUserInput } from '../errors';
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

const Mutation: MutationResolvers = {
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

import { listAuditEntries } from '../../data/audit';
import * as curation from '../../services/curation';
import { ConflictError, InvalidInputError } from '../../services/errors';
import type { CuratedEntryChange, MutationResolvers, QueryResolvers, Resolvers } from '../../generated/graphql';
import { canonicalJson, type EntryChange } from '../../seed/changes';
import { ARGUMENT_MAXIMA, nonEmptyText, pageSize } from '../arguments';
import { badUserInput, conflict } from '../errors';
import { requireEditor } from '../guards';

/** Each mutation: guard, map the arguments, call the curation service, map its refusals. */

/** GraphQL gives absent optional fields as null; the dataset format leaves them out. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** The service's refusals as the client's errors; anything else propagates (and is masked). */
async function mapRefusals<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof InvalidInputError) throw badUserInput(err.argumentName, err.message, err.problems);
    if (err instanceof ConflictError) throw conflict(err.message);
    throw err;
  }
}

const Mutation: MutationResolvers = {
  createEntity: (_root, { input, reason }, context) => {
    const { subject } = requireEditor(context);
    const change = { actor: subject, reason: nonEmptyText('reason', reason) };
    return mapRefusals(() => curation.createEntity(context.db, withoutNulls(input) as curation.CuratedEntry, change));
  },
  createFact: (_root, { input, reason }, context) => {
    const { subject } = requireEditor(context);
    const change = { actor: subject, reason: nonEmptyText('reason', reason) };
    return mapRefusals(() => curation.createFact(context.db, withoutNulls(input) as curation.CuratedEntry, change));
  },
  deleteEntity: (_root, { id, reason }, context) => {
    const { subject } = requireEditor(context);
    return mapRefusals(() => curation.deleteEntity(context.db, id, { actor: subject, reason: nonEmptyText('reason', reason) }));
  },
  deleteFact: (_root, { id, reason }, context) => {
    const { subject } = requireEditor(context);
    return mapRefusals(() => curation.deleteFact(context.db, id, { actor: subject, reason: nonEmptyText('reason', reason) }));
  },
  mergeEntities: (_root, { keep, remove, reason }, context) => {
    const { subject } = requireEditor(context);
    return mapRefusals(() => curation.mergeEntities(context.db, keep, remove, { actor: subject, reason: nonEmptyText('reason', reason) }));
  },
  importDataset: async (_root, { files, force }, context) => {
    const { subject } = requireEditor(context);
    const written = await mapRefusals(() => curation.importFiles(context.db, files, { actor: subject, force: force ?? false }));
    return { ...written, kept: written.kept.map(toCuratedEntryChange), overwritten: written.overwritten.map(toCuratedEntryChange) };
  },
  updateEntity: (_root, { id, input }, context) => {
    const { subject } = requireEditor(context);
    const reason = nonEmptyText('input.reason', input.reason);
    const patch: { nameEn?: string; note?: string | null } = {};
    if (input.nameEn !== null && input.nameEn !== undefined) patch.nameEn = nonEmptyText('input.nameEn', input.nameEn);
    if (input.note !== null && input.note !== undefined) patch.note = input.note.trim() === '' ? null : input.note.trim();
    return mapRefusals(() => curation.updateEntity(context.db, id, patch, { actor: subject, reason }));
  },
};

const Query: QueryResolvers = {
  auditLog: (_root, args, { db }) =>
    listAuditEntries(db, pageSize('first', args.first, 50, ARGUMENT_MAXIMA['Query.auditLog(first:)']), args.target ?? null),
};

export const curationResolvers: Resolvers = { Mutation, Query };

/** Values of any shape travel as JSON text: the API cannot know every field's type in advance. */
const asJson = (value: unknown): string | null => (value === undefined || value === null ? null : canonicalJson(value));

function toCuratedEntryChange(change: EntryChange): CuratedEntryChange {
  return {
    id: change.id,
    entry: change.entry === 'entity' ? 'ENTITY' : 'FACT',
    absent: change.absent,
    differences: change.differences.map((d) => ({ field: d.field, graph: asJson(d.graph), dataset: asJson(d.dataset) })),
    curatedBy: change.curated ? { actor: change.curated.actor, operation: change.curated.operation, at: change.curated.at } : null,
  };
}

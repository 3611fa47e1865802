import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { DIRECTIONS, ENTITY_KINDS, LEVELS, ORDER_FIELDS, RANKS, RECIPIENT_KINDS, RELATION_TYPES } from '../../web/src/lib/enums';

/**
 * The explorer lists enum values in its own display order (generated types are unions only and
 * carry no order); this keeps each list complete against the schema, so a new value is never
 * silently missing from a filter or a legend.
 */
const schema = buildSchema(fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'generated', 'schema.graphql'), 'utf8'));
const valuesOf = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

it.each([
  ['Level', LEVELS],
  ['AwardRank', RANKS],
  ['RecipientKind', RECIPIENT_KINDS],
  ['EntityKind', ENTITY_KINDS],
  ['AwardOrderField', ORDER_FIELDS],
  ['SortDirection', DIRECTIONS],
  ['RelationType', RELATION_TYPES],
])('lists every value of %s exactly once', (name, list) => {
  expect([...list].sort()).toEqual(valuesOf(name).sort());
});

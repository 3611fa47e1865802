import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isInterfaceType, isObjectType, type GraphQLInterfaceType, type GraphQLObjectType } from 'graphql';
import { LABEL_OF_KIND } from '../../src/model/vocabulary';
import { relationTable } from '../../src/graphql/relations';
import { resolvers } from '../../src/graphql/resolvers';
import { contract } from './compile';

const ENTITY_TYPES = new Set(['Entity', ...Object.values(LABEL_OF_KIND)]);
const entityTypes = Object.values(contract.getTypeMap()).filter(
  (type): type is GraphQLObjectType | GraphQLInterfaceType => (isObjectType(type) || isInterfaceType(type)) && ENTITY_TYPES.has(type.name),
);

/** Merged the way Apollo merges the list: type by type, field by field. */
const merged: Record<string, Record<string, unknown>> = {};
for (const map of resolvers) {
  for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
}

describe('traversals declared in the schema', () => {
  it('declares every relationship-shaped field of every entity type with @relation', () => {
    const undeclared: string[] = [];
    for (const type of entityTypes) {
      for (const [name, field] of Object.entries(type.getFields())) {
        const target = getNamedType(field.type).name;
        if ((target === 'Relation' || ENTITY_TYPES.has(target)) && !relationTable().get(type.name)?.fields.has(name)) {
          undeclared.push(`${type.name}.${name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('reads each declaration into the traversal the compiler follows', () => {
    const award = relationTable().get('Award')!.fields;
    expect(Object.fromEntries(award)).toMatchInlineSnapshot(`
{
  "awardedBy": {
    "direction": "OUTGOING",
    "generic": false,
    "shape": "entity",
    "single": false,
    "type": "AWARDED_BY",
  },
  "coaches": {
    "direction": "INCOMING",
    "generic": false,
    "shape": "entity",
    "single": false,
    "type": "COACHED",
  },
  "metrics": {
    "alsoTypes": [
      "MEASURED_IN",
    ],
    "direction": "INCOMING",
    "generic": false,
    "shape": "entity",
    "single": false,
    "type": "MEASURES",
  },
  "recipients": {
    "direction": "INCOMING",
    "generic": false,
    "shape": "entity",
    "single": false,
    "type": "RECEIVED",
  },
  "relations": {
    "direction": null,
    "generic": true,
    "shape": "relation",
    "single": false,
    "type": null,
  },
  "trade": {
    "direction": "OUTGOING",
    "generic": false,
    "shape": "entity",
    "single": true,
    "type": "IN_TRADE",
  },
  "wonAt": {
    "direction": "OUTGOING",
    "generic": false,
    "shape": "entity",
    "single": true,
    "type": "AT",
  },
}
`);
    expect(relationTable().get('Organization')!.fields.get('partnerships')).toEqual({
      type: 'PARTNERED_WITH',
      direction: null,
      shape: 'relation',
      single: false,
      generic: false,
      // Its `kinds` and `include` arguments filter the facts as the root field's do.
      partnershipFilter: true,
    });
  });

  it('resolves every declared field of every concrete type', () => {
    const missing = [...relationTable()]
      .filter(([, declared]) => !declared.abstract)
      .flatMap(([type, declared]) =>
        [...declared.fields.keys()].filter((field) => !merged[type]?.[field]).map((field) => `${type}.${field}`),
      );
    expect(missing).toEqual([]);
  });
});

describe('resolver registration', () => {
  it('lists the resolver map of every module in src/graphql/resolvers', () => {
    const dir = path.join(__dirname, '../../src/graphql/resolvers');
    const unlisted = fs
      .readdirSync(dir)
      .filter((file) => file !== 'index.ts')
      .filter((file) => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const exports = require(path.join(dir, file)) as Record<string, unknown>;
        return !Object.values(exports).some((value) => resolvers.includes(value as never));
      });
    expect(unlisted).toEqual([]);
  });

  it('has a resolver for every root field of the schema', () => {
    const missing = (['Query', 'Mutation'] as const).flatMap((root) => {
      const type = contract.getType(root);
      if (!isObjectType(type)) return [`${root} is not defined`];
      return Object.keys(type.getFields())
        .filter((field) => !merged[root]?.[field])
        .map((field) => `${root}.${field}`);
    });
    expect(missing).toEqual([]);
  });
});

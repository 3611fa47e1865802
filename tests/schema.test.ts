import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from 'graphql';
import {
  AWARD_RANKS,
  ENTITY_KINDS,
  GROUP_KINDS,
  LABEL_OF_KIND,
  LEVELS,
  ORGANIZATION_KINDS,
  PARTNERSHIP_KINDS,
  PROJECT_STATUSES,
  RELATION_TYPES,
} from '../src/model/vocabulary';
import { loadTypeDefs } from '../src/graphql/schema';

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));

describe('the GraphQL contract in schema/', () => {
  it.each([
    ['EntityKind', ENTITY_KINDS],
    ['RelationType', RELATION_TYPES],
    ['Level', LEVELS],
    ['AwardRank', AWARD_RANKS],
    ['OrganizationKind', ORGANIZATION_KINDS],
    ['GroupKind', GROUP_KINDS],
    ['PartnershipKind', PARTNERSHIP_KINDS],
    ['ProjectStatus', PROJECT_STATUSES],
  ])('enum %s has exactly the values of the graph vocabulary, in order', (name, values) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
    expect(type.getValues().map((v) => v.name)).toEqual([...values]);
  });

  it('has one object type per entity kind, implementing Entity', () => {
    for (const kind of ENTITY_KINDS) {
      const type = schema.getType(LABEL_OF_KIND[kind]);
      if (!isObjectType(type)) throw new Error(`${LABEL_OF_KIND[kind]} is not an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(['Node', 'Entity']);
    }
  });

  it('documents every type, field, argument and enum value', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { isInterfaceType } from 'graphql';
import codegenConfig from '../../codegen';
import { PROJECT_ROOT } from '../../src/config';
import type { EntityRecord } from '../../src/data/model';
import type { Resolvers, ResolversParentTypes } from '../../src/generated/graphql';
import { ENTITY_FIELDS } from '../../src/model/entityFields';
import { ENTITY_KINDS, LABEL_OF_KIND, type EntityKind } from '../../src/model/vocabulary';
import { contract } from './compile';

/**
 * A kind is added in four places (docs/architecture.md): the vocabulary, the SDL, the dataset
 * format and the codec. Everything else follows from them; these checks fail when they drift.
 */

const entityInterface = contract.getType('Entity');
if (!isInterfaceType(entityInterface)) throw new Error('Entity is not an interface');
const sdlEntityTypes = contract.getImplementations(entityInterface).objects.map((type) => type.name);
const labels: string[] = Object.values(LABEL_OF_KIND);

const resolverOutput = codegenConfig.generates['src/generated/graphql.ts'];
const mappers = (resolverOutput && 'config' in resolverOutput ? resolverOutput.config?.mappers : undefined) as Record<string, string>;
const ENTITY_MAPPER = /^\.\.\/data\/model#EntityRecord<'([A-Z_]+)'>$/;

describe('entity kinds', () => {
  it('gives every type implementing Entity in the SDL a kind in the vocabulary, and every kind a type', () => {
    expect(sdlEntityTypes.filter((type) => !labels.includes(type))).toEqual([]);
    expect(labels.filter((label) => !sdlEntityTypes.includes(label))).toEqual([]);
  });

  it('maps every entity type to the record of its own kind, and no other type to an entity record', () => {
    const expected = Object.fromEntries(ENTITY_KINDS.map((kind) => [LABEL_OF_KIND[kind], kind]));
    const mapped = Object.fromEntries(
      Object.entries(mappers).flatMap(([type, mapper]) => {
        const kind = ENTITY_MAPPER.exec(mapper)?.[1];
        return kind ? [[type, kind]] : [];
      }),
    );
    expect(mapped).toEqual(expected);
    expect(Object.fromEntries(sdlEntityTypes.map((type) => [type, mapped[type]]))).toEqual(
      Object.fromEntries(sdlEntityTypes.map((type) => [type, expected[type]])),
    );
  });

  it('has the mappers in the committed resolver types (npm run codegen)', () => {
    const generated = fs.readFileSync(path.join(PROJECT_ROOT, 'src/generated/graphql.ts'), 'utf8');
    const section = generated.slice(generated.indexOf('export type ResolversTypes = {'));
    const wrapped = [...section.matchAll(/^ {2}(\w+): ResolverTypeWrapper<EntityRecordModel<'([A-Z_]+)'>>;$/gm)];
    expect(Object.fromEntries(wrapped.map(([, type, kind]) => [type, kind]))).toEqual(
      Object.fromEntries(ENTITY_KINDS.map((kind) => [LABEL_OF_KIND[kind], kind])),
    );
  });

  it('declares the own fields of every kind and of no other', () => {
    expect(Object.keys(ENTITY_FIELDS).sort()).toEqual([...ENTITY_KINDS].sort());
  });

  // The real check is the type below: `npm run typecheck` fails when it does not hold.
  it('serves every scalar field of an entity type from a property of its record', () => {
    expect([...none<Unserved>(), ...none<NotTheKindsRecord>()]).toEqual([]);
  });
});

/*
 * Apollo's default resolver reads a field from the record's property of the same name; one the
 * record lacks would be null (or an error) at run time, so it is a type error here instead.
 * Every scalar and enum field of each entity type (fields returning objects are traversals,
 * declared with @relation and checked in relations.test.ts) must be a property of the record its
 * mapper names, of a type the field can serve. Unserved lists the offenders as `Type.field`.
 */
/** Compiles only when T is never; otherwise the error names what T holds (`"Person.pinyin"`). */
const none = <T extends never>(): T[] => [];

type Label<K extends EntityKind> = (typeof LABEL_OF_KIND)[K];
type FieldsOf<K extends EntityKind> = Exclude<keyof NonNullable<Resolvers[Label<K>]>, `__${string}`>;
type ResultOf<R> = R extends (...args: never[]) => infer T
  ? Awaited<T>
  : R extends { resolve: (...args: never[]) => infer T }
    ? Awaited<T>
    : never;
type FieldResult<K extends EntityKind, F extends FieldsOf<K>> = Plain<ResultOf<NonNullable<NonNullable<Resolvers[Label<K>]>[F]>>>;
type Plain<T> = T extends readonly (infer E)[] ? Awaited<E>[] : Awaited<T>;
type Scalar = string | number | boolean | null;
type ScalarFieldsOf<K extends EntityKind> = {
  [F in FieldsOf<K>]: FieldResult<K, F> extends Scalar | readonly Scalar[] ? F : never;
}[FieldsOf<K>];
type RecordOf<K extends EntityKind> = ResolversParentTypes[Label<K>];
type UnservedOf<K extends EntityKind> = {
  [F in ScalarFieldsOf<K>]: F extends keyof RecordOf<K> ? (RecordOf<K>[F] extends FieldResult<K, F> ? never : F) : F;
}[ScalarFieldsOf<K>];
type Unserved = { [K in EntityKind]: UnservedOf<K> extends infer F extends string ? `${Label<K>}.${F}` : never }[EntityKind];

/** Kinds whose mapper is not exactly their EntityRecord<K> (the check above is about that record). */
type NotTheKindsRecord = {
  [K in EntityKind]: [RecordOf<K>] extends [EntityRecord<K>] ? ([EntityRecord<K>] extends [RecordOf<K>] ? never : K) : K;
}[EntityKind];

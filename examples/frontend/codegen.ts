import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator for a front end of the college knowledge graph: typed documents for the
 * operations written with `graphql()` under src/, and a manifest of them (trusted documents).
 * The explorer in web/ is generated with the same settings (codegen.ts at the repository's root).
 */
const config: CodegenConfig = {
  // The API's schema as one file, from this repository; outside production the running API's
  // URL works too (http://localhost:4000/graphql), as introspection is on there.
  schema: '../../src/generated/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Writes src/gql/persisted-documents.json and gives every document its SHA-256.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        // Documents as strings: no GraphQL parser in the browser bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;

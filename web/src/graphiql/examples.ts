/**
 * The canonical operations of examples/operations, each with its variables file, preloaded as
 * console tabs so that every example runs with one click and no typing.
 */
const documents = import.meta.glob<string>('../../../examples/operations/*.graphql', { query: '?raw', import: 'default', eager: true });
const variables = import.meta.glob<string>('../../../examples/operations/*.variables.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const exampleTabs = Object.entries(documents)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([file, query]) => ({ query, variables: variables[file.replace(/\.graphql$/, '.variables.json')] ?? '{}' }));

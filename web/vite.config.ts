import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer (index.html) and the GraphQL console (graphiql.html), built into web/dist and
 * served by the API at / and /graphiql. `npm run web:dev` serves them with hot reload and
 * forwards /graphql to a running API on port 4000.
 */
export default defineConfig({
  root: webRoot,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large by nature; it is loaded only on /graphiql.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { main: `${webRoot}index.html`, graphiql: `${webRoot}graphiql.html` },
      // GraphiQL's dependencies mark modules "use client" for React Server Components, which a
      // plain browser bundle does not need; the warning would bury real ones.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
    // The console preloads examples/operations from outside web/.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});

import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../api/client';
import { exampleTabs } from './examples';

/** GraphiQL sends its requests here; headers typed in its header editor are passed along. */
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: { ...(options?.headers as Record<string, string> | undefined), 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables" />
  </StrictMode>,
);

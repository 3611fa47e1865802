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

// GraphiQL fills the first tab's query from defaultTabs but not its variables; on a first visit
// (no saved tabs yet) they are handed over directly.
const firstVisit = localStorage.getItem('graphiql:tabState') === null;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={exampleTabs}
      {...(firstVisit ? { initialVariables: exampleTabs[0]?.variables } : {})}
      defaultEditorToolsVisibility="variables"
    />
  </StrictMode>,
);

import { useEffect, useState } from 'react';
import { execute } from './api/client';
import { graphql } from './gql';

const SummaryQuery = graphql(`
  query ExplorerSummary {
    graphSummary { entityTotal relationshipTotal }
  }
`);

export function App() {
  const [summary, setSummary] = useState<{ entityTotal: number; relationshipTotal: number }>();
  useEffect(() => {
    execute(SummaryQuery, {}).then((data) => setSummary(data.graphSummary), console.error);
  }, []);
  return (
    <main>
      <h1>学院知识图谱</h1>
      {summary && <p data-testid="summary">{summary.entityTotal} entities, {summary.relationshipTotal} relationships</p>}
    </main>
  );
}

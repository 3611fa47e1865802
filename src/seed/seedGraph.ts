import type { Executor } from '../neo4j/executor';
import { loadDataset } from './dataset';
import { writeDataset, type WriteSummary } from './writeDataset';

/**
 * Validates the dataset in `seedDir` completely, then upserts it in one transaction, with no audit
 * entry and no regard for curators' changes: a test fixture. Start-up and the commands go through
 * `services/seeding.ts`, which adds both. Invalid data throws DatasetError before anything is written.
 */
export async function seedGraph(db: Executor, seedDir: string): Promise<WriteSummary> {
  const dataset = loadDataset(seedDir);
  return writeDataset(db, dataset);
}

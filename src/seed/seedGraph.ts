import type { Executor } from '../neo4j/executor';
import { loadDataset } from './dataset';
import { writeDataset, type WriteSummary } from './writeDataset';

/**
 * Validates the dataset in `seedDir` completely, then upserts it in one transaction.
 * Invalid data throws DatasetError before anything is written.
 */
export async function seedGraph(db: Executor, seedDir: string): Promise<WriteSummary> {
  const dataset = loadDataset(seedDir);
  return writeDataset(db, dataset);
}

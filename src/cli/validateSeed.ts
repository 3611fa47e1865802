import { loadConfig } from '../config';
import { DatasetError, loadDataset } from '../seed/dataset';
import { describeSkipped, noSkippedEntries } from '../seed/review';

/** Validates the curated dataset without touching any database: `npm run seed:validate`. */
function main(): void {
  const config = loadConfig();
  try {
    const dataset = loadDataset(config.seedDir);
    console.log(`dataset valid: ${dataset.reports.length} report(s), ${dataset.entities.length} entities, ${dataset.facts.length} facts`);
    const skipped = describeSkipped(dataset.skipped ?? noSkippedEntries());
    if (skipped) console.log(`${skipped}: an import would leave them out`);
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

main();

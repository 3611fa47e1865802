import { loadConfig } from '../config';
import { computeCoverage, formatCoverage } from '../seed/coverage';
import { DatasetError, loadDataset } from '../seed/dataset';

/** `npm run seed:report`: counts per kind and section, and every item that yielded no fact. */
try {
  const coverage = computeCoverage(loadDataset(loadConfig().seedDir));
  console.log(formatCoverage(coverage));
  process.exitCode = coverage.emptyItems.length === 0 ? 0 : 1;
} catch (err) {
  if (!(err instanceof DatasetError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}

import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { parseCommandLine, runCommand } from './args';
import { describeDatasetWrite } from './datasetWrite';
import { loadDataset } from '../seed/dataset';
import { describeSkipped, noSkippedEntries } from '../seed/review';
import { progressLog, writeAuditedDataset } from '../services/seeding';

const USAGE = `Usage: npm run import -- [--force] <folder>

Validates the dataset in <folder> (with reports/ inside), then upserts it in one transaction.
Entities and facts changed through the API since a dataset was last written over them are kept
as curators left them, and listed with the fields that differ.

  --force   write the dataset over those too (each overwrite is recorded in the audit log)
  --help    print this`;

/**
 * `npm run import -- <folder>`: validate a dataset (the seed format) completely, then upsert it in
 * one transaction. Nothing is written if anything is invalid; importing twice changes nothing.
 */
async function main(): Promise<void> {
  const {
    values,
    positionals: [source],
  } = parseCommandLine(USAGE, { force: { type: 'boolean' } }, { min: 1, max: 1 });
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  console.log(`[1/3] validating ${source}`);
  const dataset = loadDataset(path.resolve(source!));
  console.log(`      ${dataset.reports.length} report(s), ${dataset.entities.length} entities, ${dataset.facts.length} facts: valid`);
  const skipped = describeSkipped(dataset.skipped ?? noSkippedEntries());
  if (skipped) console.log(`      ${skipped}: only accepted entries are imported`);
  console.log('[2/3] connecting to Neo4j');
  const { db, local } = await openDatabase(config, log);
  try {
    console.log('[3/3] writing in one transaction');
    const user = os.userInfo().username;
    const result = await writeAuditedDataset(db, dataset, {
      actor: `cli:${user}`,
      operation: 'import',
      source: path.resolve(source!),
      force: values.force ?? false,
      onProgress: progressLog(log),
    });
    for (const line of describeDatasetWrite(result, `npm run import -- --force ${source}`)) console.log(line);
  } finally {
    await db.close();
    await local?.stop();
  }
}

runCommand(main);

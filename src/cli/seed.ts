import os from 'node:os';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { parseCommandLine, runCommand } from './args';
import { openDatabase } from '../app';
import { describeDatasetWrite } from './datasetWrite';
import { fingerprintGraph } from '../neo4j/fingerprint';
import { loadDataset } from '../seed/dataset';
import { progressLog, writeAuditedDataset } from '../services/seeding';

const USAGE = `Usage: npm run seed [-- --force]

Validates the dataset under SEED_DIR (seed/) and upserts it in one transaction; a second run
changes nothing. Entities and facts changed through the API since the dataset was last written
over them are kept as curators left them, and listed with the fields that differ.

  --force   write the dataset over those too (each overwrite is recorded in the audit log)
  --help    print this`;

/** `npm run seed`: validate the dataset under seed/ and upsert it (idempotent, audited, curators' changes kept). */
async function main(): Promise<void> {
  const { values } = parseCommandLine(USAGE, { force: { type: 'boolean' } }, { min: 0, max: 0 });
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  log.info({ folder: config.seedDir }, 'validating the dataset');
  const dataset = loadDataset(config.seedDir);
  log.info(
    { reports: dataset.reports.length, entities: dataset.entities.length, facts: dataset.facts.length },
    `dataset valid: ${dataset.entities.length} entities, ${dataset.facts.length} facts`,
  );
  const { db, local } = await openDatabase(config, log);
  try {
    log.info('comparing with the graph and writing in one transaction');
    const result = await writeAuditedDataset(db, dataset, {
      actor: 'seed',
      operation: 'seed',
      source: `npm run seed by ${os.userInfo().username}`,
      force: values.force ?? false,
      onProgress: progressLog(log),
    });
    for (const line of describeDatasetWrite(result, 'npm run seed -- --force')) console.log(line);
    const fingerprint = await fingerprintGraph(db);
    console.log(
      `graph: ${fingerprint.nodes} nodes, ${fingerprint.relationships} relationships, checksum ${fingerprint.checksum.slice(0, 16)}`,
    );
  } finally {
    await db.close();
    await local?.stop();
  }
}

runCommand(main);

import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { parseCommandLine, runCommand } from './args';
import { loadDataset } from '../seed/dataset';
import type { ChangeCounts } from '../seed/writeDataset';
import { importDataset } from '../services/curation';

/**
 * `npm run import -- <folder>`: validate a dataset (the seed format) completely, then upsert it in
 * one transaction. Nothing is written if anything is invalid; importing twice changes nothing.
 */
const describe = (c: ChangeCounts) => `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;

async function main(): Promise<void> {
  const {
    positionals: [source],
  } = parseCommandLine(
    'Usage: npm run import -- <folder>\n\nValidates the dataset in <folder> (with reports/ inside), then upserts it in one transaction.',
    {},
    { min: 1, max: 1 },
  );
  const config = loadConfig();
  console.log(`[1/3] validating ${source}`);
  const dataset = loadDataset(path.resolve(source!));
  console.log(`      ${dataset.reports.length} report(s), ${dataset.entities.length} entities, ${dataset.facts.length} facts: valid`);
  console.log('[2/3] connecting to Neo4j');
  const { db, local } = await openDatabase(config, createLogger(config.logLevel, config.logFormat));
  try {
    console.log('[3/3] writing in one transaction');
    const summary = await importDataset(db, dataset, { actor: `cli:${os.userInfo().username}`, operation: 'import' });
    console.log(`entities: ${describe(summary.entities)}`);
    console.log(`facts:    ${describe(summary.facts)}`);
  } finally {
    await db.close();
    await local?.stop();
  }
}

runCommand(main);

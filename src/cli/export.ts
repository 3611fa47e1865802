import path from 'node:path';
import { openDatabase } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { parseCommandLine, runCommand } from './args';
import { exportDataset } from '../seed/exportDataset';

/** `npm run export -- <folder>`: write the whole graph as a dataset in the seed format. */
async function main(): Promise<void> {
  const {
    positionals: [target],
  } = parseCommandLine(
    'Usage: npm run export -- <folder>\n\nWrites the whole graph into <folder> in the seed format.',
    {},
    { min: 1, max: 1 },
  );
  const config = loadConfig();
  const { db, local } = await openDatabase(config, createLogger(config.logLevel, config.logFormat));
  try {
    const summary = await exportDataset(db, path.resolve(target!));
    console.log(
      `exported ${summary.entities} entities, ${summary.facts} facts and ${summary.series} metric series of ${summary.reports} report(s) into ${summary.files} files under ${target}`,
    );
  } finally {
    await db.close();
    await local?.stop();
  }
}

runCommand(main);

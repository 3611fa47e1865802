import { ConfigError, loadConfig } from '../config';
import { createLogger } from '../logger';
import { parseCommandLine } from './args';
import { openDatabase } from '../app';
import { fingerprintGraph } from '../neo4j/fingerprint';
import { DatasetError } from '../seed/dataset';
import { seedGraph } from '../seed/seedGraph';

/** `npm run seed`: validate the dataset under seed/ and upsert it (idempotent). */
async function main(): Promise<void> {
  parseCommandLine(
    'Usage: npm run seed\n\nValidates the dataset under SEED_DIR (seed/) and upserts it; a second run changes nothing.',
    {},
    { min: 0, max: 0 },
  );
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  const { db, local } = await openDatabase(config, log);
  try {
    const summary = await seedGraph(db, config.seedDir);
    const fingerprint = await fingerprintGraph(db);
    console.log(
      `seeded ${summary.entities} entities and ${summary.facts} facts ` +
        `(${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created); ` +
        `graph: ${fingerprint.nodes} nodes, ${fingerprint.relationships} relationships, checksum ${fingerprint.checksum.slice(0, 16)}`,
    );
  } finally {
    await db.close();
    await local?.stop();
  }
}

main().catch((err: unknown) => {
  if (err instanceof DatasetError || err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});

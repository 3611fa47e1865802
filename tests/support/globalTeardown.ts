import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__TEST_NEO4J__;
  if (!running) return;
  await running.local.stop();
  fs.rmSync(running.dataDir, { recursive: true, force: true });
}

/**
 * Loaded with `--import` into a server by bench/peers/memory.ts: on SIGUSR2 it writes the
 * process's memory breakdown (process.memoryUsage and V8's heap spaces) to MEMORY_PROBE_FILE,
 * first as it is, then after a full collection (needs --expose-gc) to show what is live.
 */
import fs from 'node:fs';
import v8 from 'node:v8';

function snapshot() {
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size]));
  const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers, spaces, mallocedMemory: v8.getHeapStatistics().malloced_memory };
}

process.on('SIGUSR2', () => {
  const before = snapshot();
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const after = snapshot();
  // Written whole, then renamed: the bench reads the file as soon as it exists.
  const file = process.env.MEMORY_PROBE_FILE;
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ before, after }));
  fs.renameSync(`${file}.tmp`, file);
});

import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

/** A logger whose lines a test can read and wait for, instead of sleeping. */
export interface CapturedLog {
  log: Logger;
  lines: string[];
  /** Resolves at the next line that matches (lines already written do not count). */
  next(pattern: RegExp): Promise<void>;
}

/** `level` debug also captures every Cypher statement, with its request id. */
export function captureLog(level: 'info' | 'debug' = 'info'): CapturedLog {
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const log = pino(
    { level },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        const line = chunk.toString();
        lines.push(line);
        for (const waiter of waiters.filter((w) => w.pattern.test(line))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
        done();
      },
    }),
  );
  return { log, lines, next: (pattern) => new Promise((resolve) => waiters.push({ pattern, resolve })) };
}

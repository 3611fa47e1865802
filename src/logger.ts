import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';

export type { Logger };

/** `json`: one JSON object a line, for machines; `pretty`: readable lines for a person at a terminal. */
export type LogFormat = 'json' | 'pretty';

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Fields every line carries, which a person reading the terminal does not need to see. */
const HIDDEN_FIELDS = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname']);

function shortValue(value: unknown): string {
  if (value && typeof value === 'object' && 'message' in value) return JSON.stringify((value as { message: unknown }).message);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * One readable line for a JSON log record: the time since start, the level when it is not
 * plain info, the message, then the other fields as key=value.
 */
export function formatLogLine(record: Record<string, unknown>, startedAt: number): string {
  const elapsed = (((record.time as number | undefined) ?? startedAt) - startedAt) / 1000;
  const level = (record.level as number | undefined) ?? 30;
  const fields = Object.entries(record)
    .filter(([key]) => !HIDDEN_FIELDS.has(key))
    .map(([key, value]) => `${key}=${shortValue(value)}`);
  const label = level === 30 ? '' : `${LEVEL_NAMES[level] ?? level} `;
  return `[${elapsed.toFixed(1).padStart(6)} s] ${label}${String(record.msg ?? '')}${fields.length ? `  (${fields.join(', ')})` : ''}`;
}

function prettyDestination(): Writable {
  const startedAt = Date.now();
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        try {
          process.stdout.write(`${formatLogLine(JSON.parse(line) as Record<string, unknown>, startedAt)}\n`);
        } catch {
          process.stdout.write(`${line}\n`);
        }
      }
      done();
    },
  });
}

/** Logs on stdout; one logger per process, children per component. */
export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  const options = { level, base: { service: 'college-report-kg' } };
  return format === 'pretty' ? pino(options, prettyDestination()) : pino(options);
}

import { formatLogLine } from '../../src/logger';

/** Readable log lines for a terminal: elapsed time, level when not info, message, fields. */
describe('formatLogLine', () => {
  const start = 1_000_000;

  it('shows the time since start and the message, and leaves out what every line carries', () => {
    const line = formatLogLine(
      { level: 30, time: start + 12_345, service: 'college-report-kg', pid: 7, msg: 'bundled Neo4j ready', ms: 9000 },
      start,
    );
    expect(line).toBe('[  12.3 s] bundled Neo4j ready  (ms=9000)');
  });

  it('names warnings and errors, and shows an error by its message only', () => {
    const line = formatLogLine(
      { level: 50, time: start, msg: 'request failed', err: { message: 'boom', stack: 'at x (/work/y.ts:1)' } },
      start,
    );
    expect(line).toBe('[   0.0 s] ERROR request failed  (err="boom")');
  });

  it('cuts long values', () => {
    const line = formatLogLine({ level: 40, time: start, msg: 'm', detail: 'x'.repeat(500) }, start);
    expect(line).toMatch(/WARN m {2}\(detail=x{77}…\)$/);
  });
});

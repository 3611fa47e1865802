import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { freePort, trackGroup, untrackGroup } from './cleanup';
import { onServerCpus, pinningFromEnvironment } from './pinning';
import { percentile, startLoad, type Answer } from './client';
import { millis, note, progress, record, seconds } from './report';

/**
 * A stock `node:http` server with no dependency: every request costs `HANDLER_MS` of CPU and is
 * answered 503. Run in its own process so that the load generator does not share its event loop.
 */
const STOCK_SERVER = `
const http = require('node:http');
const handlerMs = Number(process.argv[1]);
const server = http.createServer((req, res) => {
  req.resume();
  for (const until = Date.now() + handlerMs; Date.now() < until; );
  res.statusCode = 503;
  res.setHeader('retry-after', '1');
  res.end('{}');
});
server.listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));
`;
const HANDLER_MS = 2;

/**
 * Why the first request of a new connection can wait seconds on a busy Node server, whatever
 * the server's own code does: since libuv 1.45 (Node 20) a listening socket accepts one
 * connection per event-loop turn, and a turn lasts as long as the work of every socket that had
 * input. When hundreds of connections open at once while the first accepted ones keep the loop
 * busy, the rest wait in the kernel's accept queue. This phase shows it on the stock server.
 */
export async function acceptQueuePhase(settings: { connections: number; loadMs: number }): Promise<void> {
  const port = await freePort();
  const [command, args] = onServerCpus(pinningFromEnvironment(), process.execPath, ['-e', STOCK_SERVER, String(HANDLER_MS), String(port)]);
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!child.pid) throw new Error('could not spawn the stock server');
  trackGroup(child.pid);
  const section = `stock node:http server, ${HANDLER_MS} ms per request (${settings.connections} connections, ${seconds(settings.loadMs)})`;
  try {
    await new Promise<void>((resolve, reject) => {
      readline.createInterface({ input: child.stdout! }).once('line', () => resolve());
      child.once('exit', (code) => reject(new Error(`the stock server exited (${code})`)));
    });
    progress(`accept: ${section}…`);
    const { answers } = await startLoad(
      `http://127.0.0.1:${port}/`,
      [{ name: 'any', body: '{}' }],
      settings.connections,
      settings.loadMs,
      60_000,
    ).done;
    const first = answers.filter((a) => a.connectMs !== undefined);
    const rest = answers.filter((a) => a.connectMs === undefined);
    const summary = (list: Answer[]) =>
      `max ${millis(Math.max(...list.map((a) => a.ms)))}, p99 ${millis(
        percentile(
          list.map((a) => a.ms),
          99,
        ),
      )} (${list.length})`;
    record({ section, figure: 'first requests of new connections: latency', target: '—', measured: summary(first) });
    record({ section, figure: 'requests on open connections: latency', target: '—', measured: summary(rest) });
    note(
      `Accept queue: on a stock node:http server whose requests cost ${HANDLER_MS} ms each, the first request of a new ` +
        `connection waited up to ${millis(Math.max(...first.map((a) => a.ms)))} while requests on open connections took at most ` +
        `${millis(Math.max(...rest.map((a) => a.ms)))}: the wait is the kernel's accept queue, which libuv drains one ` +
        'connection per event-loop turn, not the server code.',
    );
  } finally {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    untrackGroup(child.pid);
  }
}

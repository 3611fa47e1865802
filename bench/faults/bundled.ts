import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, gone, removeFolder, sleep, tempFolder } from './cleanup';
import { Client, firstSuccess, startProbe, tally, type Answer } from './client';
import { note, progress, record, seconds } from './report';
import { Service } from './service';

const START_TIMEOUT_MS = 600_000;
/** A light query (an index seek), so that the probe does not load a database that is warming up. */
const PROBE = JSON.stringify({ query: '{ entity(id: "org/college") { id } }' });

/**
 * Item 2 of issue #10: the service with its own bundled Neo4j; the JVM is killed with SIGKILL
 * and the service must serve again (/readyz 200 and a query answered) within the JVM's own start
 * time, as measured when the service launched it, plus 10 s, with nobody doing anything.
 */
export async function bundledPhase(): Promise<void> {
  const section = 'bundled Neo4j killed';
  const dataDir = tempFolder('kg-faults-bundled-');
  let service: Service | undefined;
  try {
    progress('bundled: starting the service with its bundled Neo4j (fresh folder; it seeds itself)…');
    service = new Service('service', { NEO4J_LOCAL_PORT: String(await freePort()), NEO4J_LOCAL_DATA_DIR: dataDir });
    const launched = await service.waitForLog(/^bundled Neo4j ready$/, START_TIMEOUT_MS);
    const startMs = Number(launched.ms);
    await service.waitForLog(/^GraphQL API ready/, START_TIMEOUT_MS);
    const lease = JSON.parse(fs.readFileSync(path.join(dataDir, 'bundled-neo4j.json'), 'utf8')) as { jvmPid: number };
    const jvmPid = Number(launched.pid);
    if (lease.jvmPid !== jvmPid)
      note(`Bundled: the log named JVM ${jvmPid} but bundled-neo4j.json holds ${lease.jvmPid}; killed the latter.`);

    const client = new Client(service.url, 20);
    const before = await client.post('entity', PROBE, 30_000);
    if (!before.ok) throw new Error(`the service does not answer before the kill: ${tally([before])}`);
    const ready = startProbe(() => client.get('/readyz', 30_000));
    const queries = startProbe(() => client.post('entity', PROBE, 30_000));
    const from = service.records.length;

    progress(`bundled: kill -9 of the JVM (pid ${lease.jvmPid}; it started in ${seconds(startMs)})…`);
    const target = startMs + 10_000;
    const killedAt = performance.now();
    let deadAt = killedAt;
    let readyAnswer: Answer | undefined;
    let queryAnswer: Answer | undefined;
    try {
      process.kill(lease.jvmPid, 'SIGKILL');
      if (!(await gone(lease.jvmPid, 10_000))) throw new Error(`the JVM ${lease.jvmPid} did not die`);
      deadAt = performance.now();
      const giveUpAt = killedAt + target + 60_000;
      while (!service.exit && performance.now() < giveUpAt) {
        readyAnswer ??= firstSuccess(ready.answers, deadAt);
        queryAnswer ??= firstSuccess(queries.answers, deadAt);
        if (readyAnswer && queryAnswer) break;
        await sleep(20);
      }
    } finally {
      await Promise.all([ready.stop(), queries.stop()]);
      client.close();
    }

    // Its start time, for comparison with the first launch's (it may say so after serving already).
    const relaunched = await service.waitForLog(/^bundled Neo4j ready$/, 30_000, from).catch(() => undefined);
    const downMs = readyAnswer && queryAnswer ? Math.max(readyAnswer.doneAt, queryAnswer.doneAt) - killedAt : undefined;
    record({
      section,
      figure: 'kill -9 of the JVM → /readyz 200 and a query answered',
      target: `≤ its start ${seconds(startMs)} + 10 s = ${seconds(target)}`,
      measured:
        downMs === undefined
          ? `not serving after ${seconds(performance.now() - killedAt)}`
          : `${seconds(downMs)} (/readyz ${seconds(readyAnswer!.doneAt - killedAt)}, query ${seconds(queryAnswer!.doneAt - killedAt)})`,
      pass: downMs !== undefined && downMs <= target,
    });
    record({ section, figure: 'process exits', target: '0', measured: service.unexpectedExit ? '1' : '0', pass: !service.unexpectedExit });
    const afterKill = queries.answers.filter((a) => a.startedAt >= deadAt);
    const internal = afterKill.filter((a) => a.status === 500 || a.codes.includes('INTERNAL_SERVER_ERROR')).length;
    record({
      section,
      figure: 'INTERNAL_SERVER_ERROR answers from the kill on',
      target: '0 (503 while down)',
      measured: `${internal} of ${afterKill.length}`,
      pass: internal === 0,
    });
    const failures = queries.answers.filter((a) => a.startedAt >= deadAt && !a.ok);
    note(
      `Bundled: the relaunched JVM ${relaunched ? `said it was ready after ${seconds(Number(relaunched.ms))}` : 'had not said it was ready 30 s after the service answered again'} ` +
        `(the first launch: ${seconds(startMs)}); answers to queries until then: ${tally(failures) || 'none'}.`,
    );
    const logged = service.errorsSince(from);
    if (logged) note(`Bundled: errors the service logged meanwhile: ${logged}.`);
    if (service.exit) note(`Bundled: the service exited (${service.describeExit()}):\n\n\`\`\`\n${service.lastLines()}\n\`\`\``);
  } catch (err) {
    record({ section, figure: 'measured', target: '—', measured: `not measured: ${(err as Error).message}`, pass: false });
  } finally {
    const exit = await service?.stop();
    if (exit && exit.code !== 0) note(`Bundled: the service exited with ${exit.code ?? exit.signal} on SIGTERM (expected code 0).`);
    removeFolder(dataDir);
  }
}

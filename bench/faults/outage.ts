import { performance } from 'node:perf_hooks';
import { freePort, removeFolder, sleep, tempFolder } from './cleanup';
import { Client, firstSuccess, loadOperations, startLoad, startProbe, tally, type Answer } from './client';
import { ControlledNeo4j } from './neo4j';
import { note, progress, record, seconds } from './report';
import { Service, type ServiceExit } from './service';

export interface OutageSettings {
  /** How long Neo4j stays down in each case. */
  downMs: number;
  /** Connections of the load served while Neo4j goes away in case (c). */
  connections: number;
}

type CaseName = 'a' | 'b' | 'c';
const CASES: Record<CaseName, string> = {
  a: 'outage (a) before the service connects',
  b: 'outage (b) right after it listens',
  c: 'outage (c) while it serves load',
};

interface CaseResult {
  exits: number;
  /** From Neo4j answering queries again to the service's first successful answer. */
  recoveryMs?: number;
  /** Neo4j's own start: from its port accepting TCP to its answering a query. */
  neo4jServingMs: number;
  /** Every answer to a request sent from the kill on (the probe's, and the load's in case (c)). */
  answers: Answer[];
  /** When Neo4j's port opened again: answers before it were given while Neo4j was down. */
  listeningAt: number;
  /** The errors the service logged from the outage on. */
  logged: string;
  problem?: string;
}

const RECOVERY_TARGET_MS = 10_000;
const START_TIMEOUT_MS = 600_000;
/** A light query (an index seek), so that the probe does not load a database that is warming up. */
const PROBE = JSON.stringify({ query: '{ entity(id: "org/college") { id } }' });

/**
 * Item 1 of issue #10: Neo4j goes away (SIGKILL) before the service connects, right after it
 * listens, and while it serves load; each time the service must stay up and answer within 10 s
 * of Neo4j accepting connections again. The service runs on a Neo4j of this run (NEO4J_URI), so
 * that the database can die and return while the service lives. Run in the order c, a, b, which
 * needs the fewest Neo4j starts, and reported in the order of the issue.
 */
export async function outagePhase(settings: OutageSettings): Promise<void> {
  const dataDir = tempFolder('kg-faults-outage-');
  const neo4j = new ControlledNeo4j(await freePort(), dataDir, 'bench-outage-password');
  const env = { NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password };
  const results: Partial<Record<CaseName, CaseResult>> = {};
  let service: Service | undefined;
  let load: ReturnType<typeof startLoad> | undefined;
  let failure: string | undefined;

  /** A SIGTERM must end the service with code 0 (README), whatever it went through. */
  const noteExit = (exit: ServiceExit | undefined, after: string) => {
    if (exit && exit.code !== 0) note(`${after}: the service exited with ${exit.code ?? exit.signal} on SIGTERM (expected code 0).`);
  };

  /** Neo4j is down (since `deadAt`): wait `downMs`, start it, measure until an answer succeeds. */
  const recover = async (
    name: CaseName,
    current: Service,
    deadAt: number,
    logFrom: number,
    loadAnswers: Answer[] = [],
  ): Promise<CaseResult> => {
    const client = new Client(current.url, 10);
    const probe = startProbe(() => client.post('entity', PROBE, 30_000));
    try {
      await sleep(settings.downMs);
      progress(`  Neo4j has been down ${seconds(performance.now() - deadAt)}; starting it again…`);
      const { listeningAt, answeringAt } = await neo4j.start();
      progress(`  Neo4j answers queries (${seconds(answeringAt - listeningAt)} after its port opened); waiting for the service…`);
      const giveUpAt = performance.now() + 120_000;
      let first: Answer | undefined;
      while (!current.exit && performance.now() < giveUpAt) {
        first = firstSuccess([...probe.answers, ...loadAnswers], deadAt);
        if (first) break;
        await sleep(20);
      }
      if (first && name !== 'c') {
        // The rest of its start-up (schema, summary), so that the stop that follows is an orderly one.
        const ready = await current.waitForLog(/^GraphQL API ready/, 60_000).catch(() => undefined);
        note(
          ready
            ? `${CASES[name]}: the service finished starting ${seconds(ready.readAt - answeringAt)} after Neo4j answered.`
            : `${CASES[name]}: the service had not finished starting 60 s after Neo4j answered.`,
        );
      }
      return {
        exits: current.unexpectedExit ? 1 : 0,
        ...(first ? { recoveryMs: first.doneAt - answeringAt } : {}),
        neo4jServingMs: answeringAt - listeningAt,
        answers: probe.answers.filter((a) => a.startedAt >= deadAt),
        listeningAt,
        logged: current.errorsSince(logFrom),
        ...(current.exit
          ? { problem: `the service exited (${current.describeExit()}):\n${current.lastLines()}` }
          : first
            ? {}
            : { problem: 'no successful answer within 120 s' }),
      };
    } finally {
      await probe.stop();
      client.close();
    }
  };

  try {
    progress('outage: starting a Neo4j of this run (own folder and port)…');
    await neo4j.start();
    progress('outage: starting the service on it (NEO4J_URI); it seeds the empty database…');
    service = new Service('service', env);
    await service.waitForLog(/^GraphQL API ready/, START_TIMEOUT_MS);

    progress(`${CASES.c}: ${settings.connections} connections of canonical operations (honouring Retry-After), then Neo4j is killed…`);
    load = startLoad(service.url, loadOperations(), settings.connections, Number.POSITIVE_INFINITY, 30_000, { honourRetryAfter: true });
    await sleep(3000);
    let logFrom = service.records.length;
    await neo4j.kill();
    const killedAt = performance.now();
    results.c = await recover('c', service, killedAt, logFrom, load.answers);
    await sleep(2000); // serving again under the same load
    const served = await load.stop();
    results.c.answers.push(...served.answers.filter((a) => a.startedAt >= killedAt));
    note(`${CASES.c}: the load got ${served.answers.length} answers in ${seconds(served.elapsedMs)}: ${tally(served.answers)}.`);
    if (service.unexpectedExit) results.c.exits = 1;

    progress(`${CASES.a}: stopping the service and Neo4j, then starting the service with Neo4j down…`);
    noteExit(await service.stop(), CASES.c);
    await neo4j.kill();
    const deadAt = performance.now();
    service = new Service('service', env);
    await service.waitForLog(/^waiting for Neo4j$/, START_TIMEOUT_MS);
    results.a = await recover('a', service, deadAt, 0);

    progress(`${CASES.b}: restarting the service; Neo4j is killed as soon as the service logs that it listens…`);
    noteExit(await service.stop(), CASES.a);
    service = new Service('service', env);
    await service.waitForLog(/^listening; preparing the database/, START_TIMEOUT_MS);
    logFrom = service.records.length;
    await neo4j.kill();
    results.b = await recover('b', service, performance.now(), logFrom);
  } catch (err) {
    failure = (err as Error).message;
    progress(`outage: stopped early: ${failure}`);
  } finally {
    await load?.stop();
    noteExit(await service?.stop(), failure ? 'outage' : CASES.b);
    await neo4j.stop();
    removeFolder(dataDir);
  }

  for (const name of ['a', 'b', 'c'] as const) {
    const result = results[name];
    const section = CASES[name];
    if (!result) {
      record({ section, figure: 'measured', target: '—', measured: `not measured: ${failure ?? 'an earlier case failed'}`, pass: false });
      continue;
    }
    record({ section, figure: 'process exits', target: '0', measured: String(result.exits), pass: result.exits === 0 });
    record({
      section,
      figure: 'Neo4j answering again → first successful answer',
      target: `≤ ${seconds(RECOVERY_TARGET_MS)}`,
      measured:
        result.recoveryMs === undefined
          ? `none (${result.problem})`
          : // Below zero: the service's answer came before the bench's own client got one.
            `${seconds(Math.max(0, result.recoveryMs))}; Neo4j itself: ${seconds(result.neo4jServingMs)} from its port opening to its first answer`,
      pass: result.recoveryMs !== undefined && result.recoveryMs <= RECOVERY_TARGET_MS,
    });
    const internal = result.answers.filter((a) => a.status === 500 || a.codes.includes('INTERNAL_SERVER_ERROR')).length;
    record({
      section,
      figure: 'INTERNAL_SERVER_ERROR answers from the kill on',
      target: '0 (503 while down)',
      measured: `${internal} of ${result.answers.length}`,
      pass: internal === 0,
    });
    const whileDown = result.answers.filter((a) => a.doneAt < result.listeningAt);
    if (whileDown.length > 0) note(`${section}: answers while Neo4j was down: ${tally(whileDown)}.`);
    if (result.logged) note(`${section}: errors the service logged from the outage on: ${result.logged}.`);
  }
}

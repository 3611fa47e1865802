import { acceptQueuePhase } from './faults/acceptQueue';
import { bundledPhase } from './faults/bundled';
import { killEverything } from './faults/cleanup';
import { outagePhase } from './faults/outage';
import { overloadPhase } from './faults/overload';
import { pinThisProcess, pinningFromEnvironment, type Pinning } from './faults/pinning';
import { ensureBuilt } from './faults/service';
import { describeMachine, note, printSummary, progress, silence } from './faults/report';

/**
 * `npm run bench:faults [-- phase…]`: the load-and-fault figures of issue #10, measured against
 * the service run as a real child process (`node dist/main.js`, as `npm start` runs it) and real Neo4j
 * servers started for the run. Prints progress on stderr and a Markdown summary with pass/miss
 * per target on stdout. Exits 0 even when targets are missed (it is a measurement); 1 only when
 * the script itself fails, 2 on bad arguments, 130 when interrupted (after killing what it started).
 */

const PHASES = ['outage', 'bundled', 'overload', 'accept'] as const;
type Phase = (typeof PHASES)[number];

const USAGE = `Usage: npm run bench:faults [-- <phase>…]

Phases (all by default, in this order):
  outage    Neo4j killed before the service connects, right after it listens, and under load:
            process exits and time from Neo4j accepting connections to the first answer.
  bundled   The bundled Neo4j's JVM killed with SIGKILL: time until /readyz and a query succeed.
  overload  A single client, then BENCH_LOAD_CONNECTIONS connections: internal errors, refusals,
            latencies, and every answer's time past REQUEST_TIMEOUT_MS.
  accept    The same load against a stock node:http server: how long new connections wait in
            the kernel's accept queue on any busy Node server.

Environment:
  BENCH_LOAD_CONNECTIONS      connections of the overload phase (200)
  BENCH_LOAD_SECONDS          its duration (30)
  BENCH_SINGLE_SECONDS        single-client measurement before it (10)
  BENCH_WARMUP_SECONDS        warm-up before that (5)
  BENCH_REQUEST_TIMEOUT_MS    the service's REQUEST_TIMEOUT_MS in the overload phase (1000)
  BENCH_OUTAGE_SECONDS        how long Neo4j stays down in each outage case (3)
  BENCH_OUTAGE_CONNECTIONS    connections of the load served during outage (c) (20)
  BENCH_NEO4J_NICENESS        NEO4J_LOCAL_NICENESS of the service's bundled Neo4j in the overload
                              phase (0): above 0 the service's event loop is scheduled first
  BENCH_CLIENT_CPUS           pin the load generator to these CPUs (e.g. 1) and every server
                              the run starts to the others (unpinned by default)`;

function numberSetting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    console.error(`${name} must be a number of at least ${min} (got "${raw}")`);
    process.exit(2);
  }
  return value;
}

function selectedPhases(args: string[]): Phase[] {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  const unknown = args.filter((arg) => !(PHASES as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    console.error(`Unknown phase or option: ${unknown.join(' ')}\n\n${USAGE}`);
    process.exit(2);
  }
  return args.length === 0 ? [...PHASES] : PHASES.filter((phase) => args.includes(phase));
}

let interrupted = false;

/**
 * Ctrl-C or a kill: everything the run started is killed by process group, then the process
 * exits 130 without a summary (the phases that were running see their processes die; their
 * figures would mean nothing).
 */
function onSignal(signal: NodeJS.Signals): void {
  if (interrupted) return;
  progress(`${signal}: killing every process this run started…`);
  interrupted = true;
  silence();
  void killEverything().then((left) => {
    console.error(left.length > 0 ? `could not kill: ${left.join(', ')}` : 'interrupted; nothing left running');
    process.exit(130);
  });
}

async function main(): Promise<void> {
  const phases = selectedPhases(process.argv.slice(2));
  const settings = {
    connections: numberSetting('BENCH_LOAD_CONNECTIONS', 200, 1),
    loadMs: numberSetting('BENCH_LOAD_SECONDS', 30, 1) * 1000,
    singleMs: numberSetting('BENCH_SINGLE_SECONDS', 10, 1) * 1000,
    warmUpMs: numberSetting('BENCH_WARMUP_SECONDS', 5, 0) * 1000,
    requestTimeoutMs: numberSetting('BENCH_REQUEST_TIMEOUT_MS', 1000, 100),
    downMs: numberSetting('BENCH_OUTAGE_SECONDS', 3, 0) * 1000,
    outageConnections: numberSetting('BENCH_OUTAGE_CONNECTIONS', 20, 1),
    neo4jNiceness: Math.min(19, Math.floor(numberSetting('BENCH_NEO4J_NICENESS', 0, 0))),
  };
  let pinning: Pinning | undefined;
  try {
    pinning = pinningFromEnvironment();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
  const machine = describeMachine();
  if (pinning) {
    pinThisProcess(pinning);
    progress(
      `pinned: the load generator on CPU ${pinning.clientCpus.join(',')}, the servers and Neo4j on CPU ${pinning.serverCpus.join(',')}`,
    );
  }
  progress(
    `machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}, ` +
      `1-minute load average ${machine.loadAtStart.toFixed(2)}; phases: ${phases.join(', ')}`,
  );

  progress('building the service if its sources changed (the phases run dist/main.js, as npm start does)…');
  ensureBuilt();
  for (const phase of phases) {
    if (interrupted) return;
    if (phase === 'outage') await outagePhase({ downMs: settings.downMs, connections: settings.outageConnections });
    if (phase === 'bundled') await bundledPhase();
    if (phase === 'overload') await overloadPhase(settings);
    if (phase === 'accept') await acceptQueuePhase(settings);
  }

  if (interrupted) return;
  const left = await killEverything();
  if (left.length > 0) note(`**Left running after the run: ${left.join(', ')}.**`);
  note(
    pinning
      ? `The load generator ran pinned to CPU ${pinning.clientCpus.join(',')} and the service with Neo4j to CPU ${pinning.serverCpus.join(',')} ` +
          '(BENCH_CLIENT_CPUS): the client took no CPU from the servers, which had only part of the machine.'
      : 'The load generator, the service and Neo4j share this machine, so the client takes CPU from the server it measures; ' +
          'on a 2-core machine with other work running, latencies are higher than a separate client would see.',
  );
  printSummary(
    machine,
    phases,
    `BENCH_LOAD_CONNECTIONS=${settings.connections}, BENCH_LOAD_SECONDS=${settings.loadMs / 1000}, ` +
      `BENCH_SINGLE_SECONDS=${settings.singleMs / 1000}, BENCH_WARMUP_SECONDS=${settings.warmUpMs / 1000}, ` +
      `BENCH_REQUEST_TIMEOUT_MS=${settings.requestTimeoutMs}, BENCH_OUTAGE_SECONDS=${settings.downMs / 1000}, ` +
      `BENCH_OUTAGE_CONNECTIONS=${settings.outageConnections}, BENCH_NEO4J_NICENESS=${settings.neo4jNiceness}` +
      (pinning ? `, BENCH_CLIENT_CPUS=${pinning.clientCpus.join(',')}` : ''),
  );
}

main().then(
  () => {
    if (!interrupted) process.exit(0);
  },
  async (err: unknown) => {
    if (interrupted) return;
    console.error(err);
    await killEverything();
    process.exit(1);
  },
);

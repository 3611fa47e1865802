import os from 'node:os';
import { performance } from 'node:perf_hooks';

/** One measured figure of issue #10 with its target; `pass` undefined means "for information". */
export interface Figure {
  section: string;
  figure: string;
  target: string;
  measured: string;
  pass?: boolean;
}

const figures: Figure[] = [];
const notes: string[] = [];
const runStarted = performance.now();
let silenced = false;

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const millis = (ms: number) => `${ms.toFixed(0)} ms`;
export const percent = (part: number, whole: number) => (whole === 0 ? '0 %' : `${((100 * part) / whole).toFixed(1)} %`);

/** A progress line on stderr (the summary goes to stdout), with the time since the run started. */
export function progress(message: string): void {
  if (silenced) return;
  console.error(`[${((performance.now() - runStarted) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/** After an interruption: the phases still notice their processes dying, which is no news. */
export function silence(): void {
  silenced = true;
}

const verdict = (pass: boolean | undefined) => (pass === undefined ? '—' : pass ? 'pass' : '**MISS**');

export function record(given: Figure): void {
  // One table cell: the first line of a message, without the table's separator.
  const figure = { ...given, measured: given.measured.trim().split('\n')[0]!.replaceAll('|', '/') };
  figures.push(figure);
  const label = figure.pass === undefined ? 'info' : figure.pass ? 'PASS' : 'MISS';
  progress(`${label}: ${figure.section}, ${figure.figure}: ${figure.measured} (target ${figure.target})`);
}

/** A sentence printed under the summary table (what the figures do not say by themselves). */
export function note(text: string): void {
  notes.push(text);
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    loadAtStart: os.loadavg()[0]!,
  };
}

/** The Markdown summary: the machine, then one row per figure with pass/miss, then the notes. */
export function printSummary(machine: Machine, phases: string[], settings: string): void {
  const misses = figures.filter((f) => f.pass === false).length;
  const lines = [
    `## Load and fault figures (issue #10), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB.toFixed(0)} GiB, Node ${machine.node}; ` +
      `1-minute load average ${machine.loadAtStart.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at the end ` +
      `(other work on the machine counts in it). Phases: ${phases.join(', ')}; ${seconds(performance.now() - runStarted)} in all.`,
    '',
    `Settings: ${settings}.`,
    '',
    '| part | figure | target | measured | result |',
    '| --- | --- | --- | --- | --- |',
    ...figures.map((f) => `| ${f.section} | ${f.figure} | ${f.target} | ${f.measured} | ${verdict(f.pass)} |`),
    '',
    misses === 0 ? 'Every target met.' : `**${misses} target${misses === 1 ? '' : 's'} missed.**`,
    ...notes.map((text) => `\n${text}`),
  ];
  console.log(lines.join('\n'));
}

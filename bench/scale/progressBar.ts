import { performance } from 'node:perf_hooks';
import { progress } from '../faults/report';

const WIDTH = 30;

/**
 * A progress bar on stderr for a load: redrawn in place on a terminal, one line every ten
 * seconds otherwise (a log file then shows the rate as it went).
 */
export function progressBar(label: string, entities: number, facts: number) {
  const started = performance.now();
  const total = entities + facts;
  const tty = process.stderr.isTTY;
  let last = 0;
  const line = (done: { entities: number; facts: number }) => {
    const share = total === 0 ? 1 : (done.entities + done.facts) / total;
    const filled = Math.round(share * WIDTH);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round((done.entities + done.facts) / seconds) : 0;
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(100 * share).toFixed(0).padStart(3)} %  entities ${done.entities}/${entities}  relationships ${done.facts}/${facts}  ${rate}/s`;
  };
  return {
    update: (done: { entities: number; facts: number }) => {
      const now = performance.now();
      if (now - last < (tty ? 200 : 10_000)) return;
      last = now;
      if (tty) process.stderr.write(`\r${line(done)}`);
      else progress(line(done));
    },
    done: () => {
      if (tty) process.stderr.write('\n');
    },
  };
}

// Part (b): an error storm (10,000 reports within ~1 s) into a mounted app: Errata's store and
// provider beside sonner and react-hot-toast, each arm in its own process (see stormArm.mjs).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ARM_LABELS, ARM_NAMES } from './stormArms.mjs';

const REPORTS = 10_000;
const armScript = fileURLToPath(new URL('./stormArm.mjs', import.meta.url));

/** Runs one arm; a contender still rendering at `capMs` is stopped and reported as such. */
function runArm(name, root, capMs, distinct) {
  return new Promise((resolve) => {
    const child = fork(armScript, [name, root, String(REPORTS), String(distinct)], { stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    // A contender that crashes is a result too: keep the first error line for the table's notes.
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let last;
    let outcome;
    const timer = setTimeout(() => {
      outcome = { ...last, type: 'capped' };
      child.kill('SIGKILL');
    }, capMs);
    child.on('message', (message) => {
      if (message.type === 'progress') last = message;
      else outcome = message;
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      const crash = /^\w*Error: [^;\n]*/m.exec(stderr)?.[0];
      resolve(outcome ?? { type: 'failed', reason: crash ? `crashed${last?.sent ? ` after ${last.sent} reports` : ''}: ${crash}${crash.includes('#185') ? ' (maximum update depth exceeded)' : ''}` : `exited with code ${code}` });
    });
  });
}

function toRow(name, outcome, capMs) {
  const label = ARM_LABELS[name];
  const capped = outcome.type === 'capped';
  const end = outcome.atStormEnd ?? outcome;
  return {
    arm: label,
    'sent': outcome.sent ?? 0,
    'send µs/report': outcome.sent ? (outcome.sendMs * 1000) / outcome.sent : '-',
    'render µs/report': outcome.sent ? (outcome.renderMs * 1000) / outcome.sent : '-',
    'React commits': outcome.commits ?? 0,
    'render ms': outcome.renderMs ?? 0,
    'visible at storm end': capped ? '-' : end.visible,
    'peak visible': outcome.peakVisible ?? '-',
    'in DOM at storm end': capped ? '-' : end.rendered,
    // The storm is paced over 1 s; a busy main thread stretches it.
    'storm took': capped ? `>${capMs / 1000} s` : `${(outcome.stormMs / 1000).toFixed(1)} s`,
    'settled after storm': capped ? `no: stopped at ${capMs / 1000} s` : `${Math.round(outcome.settleMs)} ms`,
  };
}

/** @param {{ root: string, quick: boolean, distinct: number }} options */
export async function benchStorm({ root, quick, distinct }) {
  const capMs = quick ? 20_000 : 60_000;
  const rows = [];
  const skipped = [];
  for (const name of ARM_NAMES) {
    process.stderr.write(`storm (${distinct} distinct): ${name}…\n`);
    const outcome = await runArm(name, root, capMs, distinct);
    // An arm that could not run is a note under the table, not an empty row.
    if (outcome.type === 'skipped') skipped.push(`Skipped "${ARM_LABELS[name]}": ${outcome.reason}.`);
    else if (outcome.type === 'failed') skipped.push(`Failed "${ARM_LABELS[name]}": ${outcome.reason}`);
    else rows.push(toRow(name, outcome, capMs));
  }
  return {
    reports: REPORTS,
    rows,
    notes: [
      `${REPORTS} reports of ${distinct === 1 ? 'one error, repeated' : `${distinct} distinct errors (an outage)`} in 100 bursts over 1 s, each arm in a fresh process (jsdom, React production profiling build).`,
      'send = synchronous cost of report()/toast() in the caller; render = React <Profiler onRender> actualDuration of the mounted toaster.',
      `A contender still rendering ${capMs / 1000} s after the start is stopped; its row shows what it had done by then.`,
      ...skipped,
    ],
  };
}

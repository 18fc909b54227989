// One arm of the error storm, in its own process so a slow contender cannot stall the others:
//   node scripts/bench/stormArm.mjs <arm> <root> [reports] [distinct errors]
// Reports progress and the result to the parent over IPC (or prints them when run alone).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setupDom } from './setupDom.mjs';
import { createArm } from './stormArms.mjs';

const [arm, root, reportsArg, distinctArg] = process.argv.slice(2);
const REPORTS = Number(reportsArg ?? 10_000);
// 1: one failure repeated (a polling query against a dead endpoint); 25: an outage, the same few failures over and over.
const DISTINCT = Number(distinctArg ?? 25);
const WINDOW_MS = 1_000;
const BATCHES = 100; // reports arrive in bursts, as failed queries settle together
const QUIET_MS = 300; // settled once nothing committed for this long

const post = (message) => (process.send ? process.send(message) : console.log(JSON.stringify(message)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Production React, profiling build: what users run, with <Profiler onRender> still reporting.
process.env.NODE_ENV = 'production';
const { document } = setupDom().window;
const React = (await import('react')).default;
const { createRoot } = (await import('react-dom/profiling')).default;
const { flushSync } = (await import('react-dom')).default;
const dist = (file) => pathToFileURL(`${root}packages/headless/dist/${file}`).href;
const { normalizeError } = await import(dist('core.js'));

const errors = [];
for (let i = 0; i < DISTINCT; i++) {
  errors.push(
    normalizeError(
      { error: { code: 'SERVICE_UNAVAILABLE', message: `The service is temporarily unavailable (shard ${i + 1})` } },
      { status: [500, 502, 503, 504][i % 4], method: 'GET', url: `https://api.example.com/v1/items/${i + 1}` },
    ),
  );
}

const contender = await createArm(arm, {
  React,
  loadErrata: () => import(dist('index.js')),
  loadUi: () => import(pathToFileURL(`${root}packages/ui/dist/index.js`).href),
});
if (typeof contender === 'string') {
  post({ type: 'skipped', reason: contender });
  process.exit(0);
}

const container = document.createElement('div');
document.body.append(container);
const reactRoot = createRoot(container);
const profile = { commits: 0, renderMs: 0, lastCommitAt: 0, sent: 0, sendMs: 0, peakVisible: 0 };
const onRender = (_id, _phase, actualDuration) => {
  profile.commits++;
  profile.renderMs += actualDuration;
  profile.lastCommitAt = performance.now();
};
flushSync(() => reactRoot.render(React.createElement(React.Profiler, { id: arm, onRender }, contender.element)));
await sleep(50);
const base = { commits: profile.commits, renderMs: profile.renderMs };

// Progress lets the parent report a contender that never settles.
const progress = setInterval(() => post({ type: 'progress', ...snapshot() }), 250);
function snapshot() {
  const { visible, rendered } = contender.count(container);
  profile.peakVisible = Math.max(profile.peakVisible, visible);
  return {
    sent: profile.sent,
    sendMs: profile.sendMs,
    commits: profile.commits - base.commits,
    renderMs: profile.renderMs - base.renderMs,
    visible,
    rendered,
    peakVisible: profile.peakVisible,
  };
}

const started = performance.now();
const perBatch = REPORTS / BATCHES;
for (let batch = 0; batch < BATCHES; batch++) {
  const before = performance.now();
  for (let i = 0; i < perBatch; i++) contender.send(errors[(batch * perBatch + i) % errors.length]);
  profile.sendMs += performance.now() - before;
  profile.sent += perBatch;
  await sleep(Math.max(0, started + ((batch + 1) * WINDOW_MS) / BATCHES - performance.now()));
}
const stormEnd = performance.now();
const atStormEnd = snapshot();
profile.lastCommitAt = Math.max(profile.lastCommitAt, stormEnd);
while (performance.now() - profile.lastCommitAt < QUIET_MS) await sleep(25);

clearInterval(progress);
post({ type: 'result', ...snapshot(), atStormEnd, stormMs: stormEnd - started, settleMs: profile.lastCommitAt - stormEnd, wallMs: performance.now() - started });
reactRoot.unmount();
process.exit(0);

// Part (b): an error storm (10,000 reports within ~1 s) into a mounted app, Errata's store and
// provider beside sonner and react-hot-toast, each used the way their docs show.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setupDom } from './setupDom.mjs';

const REPORTS = 10_000;
const DISTINCT = 25; // an outage: the same few failures, over and over
const WINDOW_MS = 1_000;
const BATCHES = 100; // reports arrive in bursts, as failed queries settle together
const QUIET_MS = 300; // settled once nothing committed for this long
const SETTLE_CAP_MS = 20_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Mounts `element`, sends the storm through `send`, waits for React to settle and counts.
 * @returns {Promise<Record<string, string | number>>}
 */
async function runArm(React, createRoot, flushSync, { name, element, send, countVisible, errors, cleanup }) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const profile = { commits: 0, renderMs: 0, lastCommitAt: 0 };
  const onRender = (_id, _phase, actualDuration) => {
    profile.commits++;
    profile.renderMs += actualDuration;
    profile.lastCommitAt = performance.now();
  };
  flushSync(() => root.render(React.createElement(React.Profiler, { id: name, onRender }, element)));
  await sleep(50);
  const mountCommits = profile.commits;
  const mountMs = profile.renderMs;

  let sendMs = 0;
  const started = performance.now();
  const perBatch = REPORTS / BATCHES;
  for (let batch = 0; batch < BATCHES; batch++) {
    const before = performance.now();
    for (let i = 0; i < perBatch; i++) {
      const n = batch * perBatch + i;
      send(errors[n % errors.length], n);
    }
    sendMs += performance.now() - before;
    await sleep(Math.max(0, started + ((batch + 1) * WINDOW_MS) / BATCHES - performance.now()));
  }
  const stormEnd = performance.now();

  // Settle: no commit for QUIET_MS (timers and animation frames included), or give up at the cap.
  profile.lastCommitAt = Math.max(profile.lastCommitAt, stormEnd);
  let settled = true;
  while (performance.now() - profile.lastCommitAt < QUIET_MS) {
    if (performance.now() - stormEnd > SETTLE_CAP_MS) {
      settled = false;
      break;
    }
    await sleep(25);
  }
  const settleMs = profile.lastCommitAt - stormEnd;
  const { visible, rendered } = countVisible(container);
  const commits = profile.commits - mountCommits;
  const renderMs = profile.renderMs - mountMs;

  root.unmount();
  container.remove();
  await cleanup?.();
  return {
    arm: name,
    'send µs/report': (sendMs * 1000) / REPORTS,
    'render µs/report': (renderMs * 1000) / REPORTS,
    'React commits': commits,
    'render ms total': renderMs,
    'settled after storm ms': settled ? settleMs : `>${SETTLE_CAP_MS} (still rendering)`,
    'visible toasts': visible,
    'toasts in DOM': rendered,
    'wall s': (performance.now() - started) / 1000,
  };
}

function buildErrors(normalizeError) {
  const errors = [];
  for (let i = 0; i < DISTINCT; i++) {
    const status = [500, 502, 503, 504, 429][i % 5];
    errors.push(
      normalizeError(
        { error: { code: 'SERVICE_UNAVAILABLE', message: `The service is temporarily unavailable (shard ${i + 1})` } },
        { status: status === 429 ? 503 : status, method: 'GET', url: `https://api.example.com/v1/items/${i + 1}` },
      ),
    );
  }
  return errors;
}

export async function benchStorm({ root, distEntry, quick }) {
  // Production React, profiling build: what users run, with <Profiler onRender> still reporting.
  process.env.NODE_ENV = 'production';
  setupDom();
  const React = (await import('react')).default;
  const { createRoot } = (await import('react-dom/profiling')).default;
  const { flushSync } = (await import('react-dom')).default;
  const core = await import(distEntry('packages/headless/dist/core.js'));
  const errors = buildErrors(core.normalizeError);
  const rows = [];
  const notes = [
    `${REPORTS} reports of ${DISTINCT} distinct errors (an outage), in ${BATCHES} bursts over ${WINDOW_MS} ms.`,
    'send = synchronous cost of report()/toast() in the caller; render = React <Profiler> actualDuration (production profiling build).',
  ];

  const full = `${root}packages/headless/dist/index.js`;
  const errata = existsSync(full) ? await import(distEntry('packages/headless/dist/index.js')) : {};
  if (typeof errata.createErrorStore === 'function' && typeof errata.ErrataProvider === 'function' && typeof errata.useErrorToasts === 'function') {
    const store = errata.createErrorStore();
    const ToastList = () => {
      const toasts = errata.useErrorToasts();
      return React.createElement(
        'ol',
        null,
        toasts.map((entry) => React.createElement('li', { key: entry.id, 'data-errata-toast': '' }, `${entry.error.message} ×${entry.count}`)),
      );
    };
    rows.push(
      await runArm(React, createRoot, flushSync, {
        name: '@errata/headless report() + useErrorToasts()',
        element: React.createElement(errata.ErrataProvider, { store }, React.createElement(ToastList)),
        send: (error) => store.getState().report(error, { source: 'query' }),
        countVisible: (container) => {
          const rendered = container.querySelectorAll('[data-errata-toast]').length;
          return { visible: rendered, rendered: `${rendered} (+${store.getState().queue.length} queued)` };
        },
        errors,
      }),
    );
  } else {
    notes.push('Errata arm skipped: packages/headless/dist/index.js lacks createErrorStore / ErrataProvider / useErrorToasts (build it).');
  }

  const sonner = await import('sonner');
  rows.push(
    await runArm(React, createRoot, flushSync, {
      name: 'sonner toast.error() + <Toaster/>',
      element: React.createElement(sonner.Toaster),
      send: (error) => sonner.toast.error(error.message),
      countVisible: (container) => ({
        visible: container.querySelectorAll('[data-sonner-toast][data-visible="true"]').length,
        rendered: container.querySelectorAll('[data-sonner-toast]').length,
      }),
      errors,
      cleanup: () => sonner.toast.dismiss(),
    }),
  );

  const hot = await import('react-hot-toast');
  rows.push(
    await runArm(React, createRoot, flushSync, {
      name: 'react-hot-toast toast.error() + <Toaster/>',
      element: React.createElement(hot.Toaster),
      send: (error) => hot.toast.error(error.message),
      countVisible: (container) => {
        const rendered = container.querySelectorAll('[role="status"]').length;
        return { visible: rendered, rendered };
      },
      errors,
      cleanup: () => hot.toast.remove(),
    }),
  );

  if (quick) notes.push('(--quick does not shorten the storm: its size is the point.)');
  return { reports: REPORTS, reactVersion: React.version, rows, notes };
}

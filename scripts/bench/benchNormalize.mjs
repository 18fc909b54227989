// Part (a): what normalizing an error costs next to reading the same body at all.
import { Bench } from 'tinybench';
import { fixtures, headersOf, isJson } from './fixtures.mjs';
import { minimalNormalizer, minimalShapes } from './minimalNormalizer.mjs';

// Sub-microsecond work: batch calls so the timer's resolution does not dominate the samples.
const SYNC_BATCH = 200;
const ASYNC_BATCH = 50;

let sink;

// The median, not the mean: on a shared 2-core VM a few samples land on a GC or a neighbour's burst
// and move the mean by 50%; the median of the same run is stable to a few percent.
function medianMicros(bench, name, batch) {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || !('latency' in result)) throw new Error(`bench task "${name}" did not complete`);
  return (result.latency.p50 * 1000) / batch;
}

/**
 * Measures, for every fixture: normalizeError(parsed) vs JSON.parse(text), and
 * normalizeResponse(new Response) vs new Response().json()/.text().
 * Every fixture is measured `rounds` times, the rounds interleaved across fixtures, and each task keeps
 * its lowest median: a burst of load from a neighbour on a shared VM then spoils one round, not the table.
 * @returns {Promise<Array<Record<string, string | number>>>}
 */
export async function benchNormalize({ normalizeError, normalizeResponse }, { time, rounds = 1 }) {
  const cases = [];
  for (const fixture of fixtures) {
    const headers = headersOf(fixture);
    const json = isJson(fixture);
    const parsed = json ? JSON.parse(fixture.text) : fixture.text;
    const context = { status: fixture.status, headers };
    const kind = normalizeError(parsed, context).kind;
    const viaResponse = (await normalizeResponse(new Response(fixture.text, { status: fixture.status, headers }))).kind;
    const minimal = minimalShapes[fixture.name] && minimalNormalizer(minimalShapes[fixture.name]);
    cases.push({ fixture, json, parsed, context, kind, viaResponse, minimal, best: {} });
  }
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const medians = await measure({ normalizeError, normalizeResponse }, c, time);
      for (const [task, micros] of Object.entries(medians)) c.best[task] = Math.min(c.best[task] ?? Infinity, micros);
    }
  }
  return cases.map(({ fixture, json, kind, viaResponse, minimal, best }) => ({
    dialect: fixture.name,
    kind: kind === viaResponse ? kind : `${kind} / ${viaResponse}`,
    'normalizeError µs': best.normalizeError,
    'JSON.parse µs': json ? best['JSON.parse'] : `${format(best['JSON.parse'])} (throws)`,
    'ratio (<1)': best.normalizeError / best['JSON.parse'],
    'new Error alone / JSON.parse': best['new Error'] / best['JSON.parse'],
    'one-shape minimal / JSON.parse': minimal ? best['minimal normalizer'] / best['JSON.parse'] : '—',
    'normalizeResponse µs': best.normalizeResponse,
    [`.json()/.text() µs`]: best['read body'],
    'ratio (<1.5)': best.normalizeResponse / best['read body'],
  }));
}

/** One round for one fixture: the median µs per call of every task. */
async function measure({ normalizeError, normalizeResponse }, { fixture, json, parsed, context, minimal }, time) {
  const init = { status: fixture.status, headers: context.headers };
  const read = json ? (response) => response.json() : (response) => response.text();
  const bench = new Bench({ time, warmupTime: Math.min(50, time), throws: true });
  bench
    .add('normalizeError', () => {
      for (let i = 0; i < SYNC_BATCH; i++) sink = normalizeError(parsed, context);
    })
    // Part of the floor under the first ratio: DESIGN.md makes ApiError a real Error, and
    // constructing one (stack capture off, as normalizeError does) is a third of a small JSON.parse.
    .add('new Error', () => {
      for (let i = 0; i < SYNC_BATCH; i++) {
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = undefined;
        sink = new Error(fixture.name);
        Error.stackTraceLimit = limit;
      }
    })
    .add('JSON.parse', () => {
      for (let i = 0; i < SYNC_BATCH; i++) {
        // Non-JSON bodies make JSON.parse throw, as `response.json()` does on an HTML page.
        try {
          sink = JSON.parse(fixture.text);
        } catch (error) {
          sink = error;
        }
      }
    })
    // Both arms build the Response inside the measured function, so only the reading differs.
    .add('normalizeResponse', async () => {
      for (let i = 0; i < ASYNC_BATCH; i++) sink = await normalizeResponse(new Response(fixture.text, init));
    })
    .add('read body', async () => {
      for (let i = 0; i < ASYNC_BATCH; i++) sink = await read(new Response(fixture.text, init));
    });
  if (minimal) {
    bench.add('minimal normalizer', () => {
      for (let i = 0; i < SYNC_BATCH; i++) sink = minimal(parsed, context);
    });
  }
  await bench.run();
  const batches = { normalizeResponse: ASYNC_BATCH, 'read body': ASYNC_BATCH };
  return Object.fromEntries(bench.tasks.map((task) => [task.name, medianMicros(bench, task.name, batches[task.name] ?? SYNC_BATCH)]));
}

export function format(value) {
  if (typeof value !== 'number') return value;
  if (Number.isInteger(value)) return String(value);
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Keeps the last result reachable so the engine cannot drop the measured calls. */
export function benchSink() {
  return sink;
}

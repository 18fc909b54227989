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
 * @returns {Promise<Array<Record<string, string | number>>>}
 */
export async function benchNormalize({ normalizeError, normalizeResponse }, { time }) {
  const rows = [];
  for (const fixture of fixtures) {
    const headers = headersOf(fixture);
    const init = { status: fixture.status, headers };
    const json = isJson(fixture);
    const parsed = json ? JSON.parse(fixture.text) : fixture.text;
    const context = { status: fixture.status, headers };
    const read = json ? (response) => response.json() : (response) => response.text();
    const kind = normalizeError(parsed, context).kind;
    const viaResponse = (await normalizeResponse(new Response(fixture.text, init))).kind;

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
    const minimal = minimalShapes[fixture.name] && minimalNormalizer(minimalShapes[fixture.name]);
    if (minimal) {
      bench.add('minimal normalizer', () => {
        for (let i = 0; i < SYNC_BATCH; i++) sink = minimal(parsed, context);
      });
    }
    await bench.run();

    const normalize = medianMicros(bench, 'normalizeError', SYNC_BATCH);
    const parse = medianMicros(bench, 'JSON.parse', SYNC_BATCH);
    const error = medianMicros(bench, 'new Error', SYNC_BATCH);
    const fromResponse = medianMicros(bench, 'normalizeResponse', ASYNC_BATCH);
    const readBody = medianMicros(bench, 'read body', ASYNC_BATCH);
    rows.push({
      dialect: fixture.name,
      kind: kind === viaResponse ? kind : `${kind} / ${viaResponse}`,
      'normalizeError µs': normalize,
      'JSON.parse µs': json ? parse : `${format(parse)} (throws)`,
      'ratio (<1)': normalize / parse,
      'new Error alone / JSON.parse': error / parse,
      'one-shape minimal / JSON.parse': minimal ? medianMicros(bench, 'minimal normalizer', SYNC_BATCH) / parse : '—',
      'normalizeResponse µs': fromResponse,
      [`.json()/.text() µs`]: readBody,
      'ratio (<1.5)': fromResponse / readBody,
    });
  }
  return rows;
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

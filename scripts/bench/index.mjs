// `pnpm bench`: one run prints every benchmark as a table. Measures the BUILT packages (`pnpm build`).
//   node scripts/bench/index.mjs [--quick] [--only=normalize|storm]
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchNormalize, format } from './benchNormalize.mjs';
import { benchStorm } from './benchStorm.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const only = [...args].find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

function distEntry(relative) {
  const path = `${root}${relative}`;
  if (!existsSync(path)) {
    console.error(`bench: ${relative} is missing; run \`pnpm build\` first (\`pnpm bench\` does).`);
    process.exit(1);
  }
  return pathToFileURL(path).href;
}

function printTable(title, rows) {
  console.log(`\n${title}`);
  console.table(rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, format(value)]))));
}

function summarize(label, values, target) {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const worst = sorted[sorted.length - 1];
  const met = values.filter((value) => value < target).length;
  const mark = met === values.length ? '✓' : '✗';
  return `${mark} ${label}: median ${median.toFixed(2)}×, worst ${worst.toFixed(2)}× — under ${target}× on ${met}/${values.length} dialects`;
}

console.log(`Errata benchmarks — Node ${process.version}, ${quick ? 'quick' : 'full'} run`);

if (!only || only === 'normalize') {
  const core = await import(distEntry('packages/headless/dist/core.js'));
  const rows = await benchNormalize(core, { time: quick ? 60 : 200, rounds: quick ? 1 : 3 });
  printTable('(a) normalizeError vs JSON.parse, normalizeResponse vs reading the body (µs per call)', rows);
  console.log(summarize('normalizeError / JSON.parse', rows.map((row) => row['ratio (<1)']), 1));
  console.log(summarize('  of which a bare `new Error` (no stack) / JSON.parse', rows.map((row) => row['new Error alone / JSON.parse']), 1));
  console.log(summarize('normalizeResponse / .json()|.text()', rows.map((row) => row['ratio (<1.5)']), 1.5));
  for (const row of rows.filter((r) => typeof r['one-shape minimal / JSON.parse'] === 'number')) {
    console.log(`  floor on ${row.dialect}: a normalizer that knows only this shape (minimalNormalizer.mjs) costs ${format(row['one-shape minimal / JSON.parse'])}× JSON.parse`);
  }
  console.log('Non-JSON rows: JSON.parse throws there (as response.json() would), a costly baseline that flatters their ratio.');
}

if (!only || only === 'storm') {
  distEntry('packages/headless/dist/core.js');
  // The same error 10,000 times (the target: a handful of commits, one toast with a count), then an outage.
  for (const [part, distinct] of [['b', 1], ['c', 25]]) {
    const result = await benchStorm({ root, quick, distinct });
    printTable(`(${part}) error storm: ${result.reports} reports of ${distinct} distinct error(s) within ~1 s into a mounted toaster`, result.rows);
    for (const note of result.notes) console.log(note);
  }
}

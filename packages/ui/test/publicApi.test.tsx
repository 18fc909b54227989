import { describe, expect, it } from 'vitest';

// The public surface is a committed report, so any export added, renamed or removed shows in review.
describe('the public API of @errata/ui', () => {
  it('exports exactly what the report lists', async () => {
    const names = Object.keys(await import('../src/index.js')).sort();
    await expect(`${names.join('\n')}\n`).toMatchFileSnapshot('../api/index.exports.txt');
  });
});

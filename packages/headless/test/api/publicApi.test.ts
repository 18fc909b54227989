import { describe, expect, it } from 'vitest';

// The public surface is a committed report (as react-hook-form keeps its api-extractor report), so any
// export added, renamed or removed shows up in review. Update with `vitest run -u` when it is meant.
const namesOf = (module: object) => `${Object.keys(module).sort().join('\n')}\n`;

describe('the public API of @errata/headless', () => {
  it('exports from the pure entry exactly what the report lists', async () => {
    await expect(namesOf(await import('../../src/core.js'))).toMatchFileSnapshot('../../api/core.exports.txt');
  });

  it('exports from the full entry exactly what the report lists', async () => {
    await expect(namesOf(await import('../../src/index.js'))).toMatchFileSnapshot('../../api/index.exports.txt');
  });
});

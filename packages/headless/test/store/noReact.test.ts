import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const source = (dir: string) => fileURLToPath(new URL(`../../src/${dir}/`, import.meta.url));
const importsOf = (dir: string) =>
  readdirSync(source(dir), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(source(dir) + file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => ({ file, specifier: m[1] ?? '' })),
    );

describe('store and messages stay free of React', () => {
  it('the store imports only zustand/vanilla and the pure core', () => {
    const imports = importsOf('store');
    expect(imports.length).toBeGreaterThan(0);
    for (const { file, specifier } of imports) {
      expect({ file, ok: specifier === 'zustand/vanilla' || (specifier.startsWith('.') && !specifier.includes('react')) }).toEqual({ file, ok: true });
    }
  });

  it('the messages import nothing but relative, non-React modules', () => {
    for (const { file, specifier } of importsOf('messages')) {
      expect({ file, ok: specifier.startsWith('.') && !specifier.includes('react') }).toEqual({ file, ok: true });
    }
  });
});

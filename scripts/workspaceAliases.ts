import { fileURLToPath } from 'node:url';

const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** Vite aliases that point the workspace packages at their sources. */
export const workspaceAliases = [
  { find: /^@errata\/headless\/core$/, replacement: at('packages/headless/src/core.ts') },
  { find: /^@errata\/headless$/, replacement: at('packages/headless/src/index.ts') },
  { find: /^@errata\/ui\/styles\.css$/, replacement: at('packages/ui/src/styles.css') },
  { find: /^@errata\/ui$/, replacement: at('packages/ui/src/index.ts') },
];

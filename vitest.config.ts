import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from './scripts/workspaceAliases.js';

// Workspace packages resolve to their sources, so no test needs a build first.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'headless',
          environment: 'node',
          include: ['packages/headless/test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          include: ['packages/*/test/**/*.test.tsx', 'apps/demo/test/**/*.test.{ts,tsx}'],
          setupFiles: ['./scripts/vitest.setup.ts'],
        },
      },
    ],
  },
});

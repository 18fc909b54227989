import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { workspaceAliases } from './scripts/workspaceAliases.js';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';

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
      {
        // The demo driven like a person: API + Vite dev server started in the test, real Chromium via playwright-core.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/demo/e2e/**/*.e2e.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Every story (play function + axe) runs as a test in a real Chromium.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        publicDir: '.storybook/public',
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

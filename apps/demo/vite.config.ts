import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '../../scripts/workspaceAliases.js';

// The API server's URL comes from server/start.mjs; a fixed default lets `vite` run on its own too.
const apiTarget = process.env.ERRATA_DEMO_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  // The workspace packages are aliased to their sources, so the first scan misses what only they import;
  // listed here, a cold start needs no second optimization (which would reload the open page).
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      'zustand',
      'zustand/vanilla',
      'zustand/react/shallow',
    ],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': { target: apiTarget } } },
});

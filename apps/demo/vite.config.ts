import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '../../scripts/workspaceAliases.js';

// The API server's URL comes from server/start.mjs; a fixed default lets `vite` run on its own too.
const apiTarget = process.env.ERRATA_DEMO_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { host: '127.0.0.1', port: 4173, proxy: { '/api': { target: apiTarget } } },
});

import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { ViteDevServer } from 'vite';
import { startApiServer } from '../server/apiServer.mjs';
import type { ApiServer, ApiServerOptions } from '../server/apiServer.mjs';

/** The demo as a person meets it: the local API plus Vite's dev server proxying `/api` to it. */
export interface RunningDemo {
  /** The page's URL, e.g. http://127.0.0.1:41234/ */
  appUrl: string;
  api: ApiServer;
  vite: ViteDevServer;
  /** Closes Vite, then the API server; safe to call twice. */
  close: () => Promise<void>;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts the API on 127.0.0.1 with a free port, then Vite (same config as `pnpm dev`) on another
 * free port with its `/api` proxy aimed at that API.
 */
export async function startDemo(apiOptions: ApiServerOptions = {}): Promise<RunningDemo> {
  const api = await startApiServer({ ...apiOptions, port: 0, host: '127.0.0.1' });
  let vite: ViteDevServer | undefined;
  try {
    vite = await createServer({
      root,
      configFile: `${root}vite.config.ts`,
      // Its own dependency cache: the inline config differs from `pnpm dev`'s, and a shared cache would
      // be re-optimized by each in turn (and a re-optimization mid-test reloads the page).
      cacheDir: `${root}node_modules/.vite-e2e`,
      logLevel: 'warn',
      clearScreen: false,
      server: {
        host: '127.0.0.1',
        port: 0,
        strictPort: false,
        // No HMR and no watching: an edit elsewhere in the tree (another package's source) must not
        // reload the page mid-test. (`watch: null` would be dropped when merged with the config file.)
        hmr: false,
        watch: { ignored: ['**/*'] },
        proxy: { '/api': { target: api.url, changeOrigin: false } },
      },
    });
    await vite.listen();
  } catch (error) {
    await vite?.close();
    await api.close();
    throw error;
  }
  const address = vite.httpServer?.address();
  if (typeof address !== 'object' || address === null) throw new Error('Vite did not report its port');
  const running = vite;
  let closed: Promise<void> | undefined;
  return {
    appUrl: `http://127.0.0.1:${address.port}/`,
    api,
    vite: running,
    close: () => {
      closed ??= running.close().finally(() => api.close());
      return closed;
    },
  };
}

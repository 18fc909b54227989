// Starts the demo: the local API on 127.0.0.1, then Vite's dev server proxying /api to it.
import { fileURLToPath } from 'node:url';
import { startApiServer } from './apiServer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = Number(process.env.ERRATA_DEMO_API_PORT ?? 8787);
// A fixed port keeps the proxy target predictable; when it is taken, any free port does.
const api = await startApiServer({ port: wanted }).catch(() => startApiServer({ port: 0 }));
process.env.ERRATA_DEMO_API = api.url;

const { createServer } = await import('vite');
const vite = await createServer({ root, configFile: `${root}vite.config.ts`, server: { host: '127.0.0.1' } });
await vite.listen();

const appUrl = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;
console.log(`\n  Errata demo:  ${appUrl}\n  Demo API:     ${api.url}/api (proxied at /api)\n`);

const stop = async () => {
  await Promise.allSettled([vite.close(), api.close()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

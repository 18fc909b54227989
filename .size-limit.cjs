// Size budgets for the BUILT packages (`pnpm build` first), with the libraries people compare us to
// measured the same way in the same run: esbuild bundle, minified, gzip (set per check: size-limit 12
// defaults to brotli, the budgets are gzip). Peers (React & co.) are ignored: the app already ships them.
const peers = ['react', 'react-dom', 'react/jsx-runtime', 'zustand', '@tanstack/react-query'];

module.exports = [
  {
    name: '@errata/headless/core: normalizeError + normalizeResponse + createFetcher',
    path: 'packages/headless/dist/core.js',
    import: '{ normalizeError, normalizeResponse, createFetcher }',
    gzip: true,
    // Issue 2 asks for 3 kB and this is NOT met (issue 2 is blocked on that number). 13.8 kB when set. History:
    // 8.27 kB with every dialect, the axios/ky readers, redaction and issue 3's shared rate gate (~1.6 kB of it);
    // +1.55 kB over the first two public-API rounds (XML bodies, per-bucket resets, field lists, ids by shape);
    // +0.78 kB over blind rounds 3-6 (SOAP faults, lone wrappers, capitalized `Error`, quota and state codes, 407, ids);
    // +0.16 kB for the forms bodies arrive in (bytes, double-encoded JSON, cut-off JSON, unread streams, superagent);
    // +0.08 kB for the prefixed key formats secret scanners know; +0.31 kB over blind rounds 7-8 (SNAP and Chargebee
    // keys, Zuora's `reasons`, XML field attributes, scope/allowlist codes, CJK balance words); +0.19 kB over blind
    // rounds 9-10 (error items in field maps, WordPress' and PocketBase's `data`, Zod trees, a problem's errorCode);
    // +0.31 kB for JSON-RPC 2.0 and tRPC (reserved codes, superjson, Zod issues dumped into `message`); +0.3 kB over
    // blind rounds 11-12 and the shapes probed beside them (error entities in JSON:API `data`, Payload, Hono's Zod
    // errors, failed event streams, generic 400 codes, per-minute quotas at 429, capacity and overload codes); +0.12 kB
    // over blind rounds 13-14 (OData message objects, FHIR OperationOutcome, Berlin Group tppMessages, 420, 429 kept);
    // +0.31 kB over blind rounds 15-16 (a body's error status at HTTP 2xx, meta blocks, waits stated in words, VK, Solr,
    // FluentValidation, frequency and count limits); +0.43 kB over blind rounds 17-18 (exchange and market-data shapes,
    // QuickBooks' Fault, request signatures, a quota code at 429 as a rate, prose `key:` values kept unless secret-like);
    // +0.2 kB over blind rounds 19-20 and createFetcher's `isErrorBody` option (OAuth sign-in words, failed conditions);
    // +0.31 kB over blind rounds 21-22 (status-class bounds, Shopify userErrors, Google locations, prolog-less XML);
    // +0.43 kB over blind rounds 23-24 (MediaWiki, OMDb, exchange-rate and freemium APIs, wrappers read alike from the wire).
    // Dropping the generic dialects (RFC 9457, JSON:API, GraphQL, validation maps) would save about 0.9 kB: the rest is
    // machinery the five seeds need too. This guard only stops unnoticed growth.
    limit: '14.1 kB',
  },
  {
    name: 'ky (for comparison)',
    path: 'node_modules/ky/distribution/index.js',
    import: 'ky', // the default export: `import ky from 'ky'`
    gzip: true,
  },
  {
    name: '@errata/headless: everything (store, copy, hooks)',
    path: 'packages/headless/dist/index.js',
    import: '*',
    ignore: peers,
    gzip: true,
    // 21.82 kB when last raised (17.8 kB before blind rounds 3-24, the wire forms, the key formats and JSON-RPC):
    // core + store + per-code copy + hooks.
    limit: '22.2 kB',
  },
  {
    name: '@errata/ui: everything + styles.css (headless included)',
    path: ['packages/ui/dist/index.js', 'packages/ui/dist/styles.css'],
    ignore: peers,
    gzip: true,
    // 13.1 kB when set, with fallback + field hint only; toaster and banners are still to come.
    limit: '20 kB',
  },
  {
    name: 'sonner (for comparison; its CSS is inside the JS)',
    path: 'node_modules/sonner/dist/index.mjs',
    import: '*',
    ignore: peers,
    gzip: true,
  },
  {
    name: 'react-hot-toast (for comparison; CSS-in-JS)',
    path: 'node_modules/react-hot-toast/dist/index.mjs',
    import: '*',
    ignore: peers,
    gzip: true,
  },
];

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
    // Issue 2 asks for 3 kB and this is NOT met: 10.31 kB when set (10.1 kB before the fourth round's rules: capitalized
    // `Error` objects, dotted ids, `auth_fail`/budget/monthly codes, bare "limit exceeded", top-level field lists; 9.94 kB
    // before the third round's rules: lone wrappers,
    // SOAP faults, prolog-only XML, `limit`/`cap` quotas, 407; 8.27 kB before the rules that generalize to public APIs
    // added 1.55 kB over two rounds: XML bodies, per-bucket rate-limit resets, field lists, request ids by shape;
    // normalizeError ~7.9 kB with every dialect, axios/ky readers and redaction; the fetcher's shared rate
    // gate ~1.6 kB). This limit only stops it from growing while the budget is renegotiated; see the notes.
    limit: '10.5 kB',
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
    // 17.8 kB when set: core + store + per-code copy + hooks.
    limit: '18.5 kB',
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

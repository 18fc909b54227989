import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  clean: true,
  // The .d.ts pass dominates a build this small; the timing warning is noise.
  checks: { pluginTimings: false },
  // Peers and the headless package stay imports, so apps share one copy of each.
  deps: { neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^zustand($|\/)/, /^@errata\//] },
  // Plain CSS ships as is on its own subpath (`@errata/ui/styles.css`).
  copy: [{ from: 'src/styles.css', to: 'dist' }],
});

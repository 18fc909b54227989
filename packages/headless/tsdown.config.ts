import { defineConfig } from 'tsdown';

// Two entries: `.` (store + React bindings) and `./core` (pure: runs on a server or in a worker).
export default defineConfig({
  entry: ['src/index.ts', 'src/core.ts'],
  format: 'esm',
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  clean: true,
  // The .d.ts pass dominates a build this small; the timing warning is noise.
  checks: { pluginTimings: false },
  // Peers stay imports, so the app's single React / zustand / TanStack Query copy is used.
  deps: { neverBundle: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^zustand($|\/)/] },
});

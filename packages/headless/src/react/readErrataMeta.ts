/**
 * Per-query and per-mutation settings, read from TanStack's `meta.errata`:
 * - `meta: { errata: false }` — Errata ignores this query or mutation entirely.
 * - `meta: { errata: { silent: true } }` — banner states still apply, but never a toast.
 * - `meta: { errata: { message: 'Prices could not refresh' } }` — the toast's title.
 *
 * To type `meta` app-wide, register it with TanStack Query:
 * `declare module '@tanstack/react-query' { interface Register { queryMeta: { errata?: ErrataMeta } } }`.
 */
export type ErrataMeta =
  | false
  | {
      /** Keep banner states and history, never toast. @defaultValue false */
      silent?: boolean;
      /** App-written toast title for this query or mutation. */
      message?: string;
      /** Toast a first-load failure of this query too (overrides `reportFirstLoadErrors`). */
      reportFirstLoad?: boolean;
    };

/** Reads `meta.errata` defensively: meta is app data of any shape. */
export function readErrataMeta(meta: unknown): ErrataMeta | undefined {
  if (typeof meta !== 'object' || meta === null) return undefined;
  const value: unknown = (meta as { errata?: unknown }).errata;
  if (value === false) return false;
  if (typeof value !== 'object' || value === null) return undefined;
  const { silent, message, reportFirstLoad } = value as Record<string, unknown>;
  const settings: Exclude<ErrataMeta, false> = {};
  if (typeof silent === 'boolean') settings.silent = silent;
  if (typeof message === 'string' && message !== '') settings.message = message;
  if (typeof reportFirstLoad === 'boolean') settings.reportFirstLoad = reportFirstLoad;
  return settings;
}

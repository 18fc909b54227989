import type { ErrorKind } from '../types.js';
import type { ErrorSurface, StickyKey } from './ErrorStoreState.js';

/** Kinds that block work and get a sticky banner state instead of a toast (UI.md). */
export const STICKY_KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>([
  'rate_limited',
  'insufficient_funds',
  'quota',
  'network',
  'unauthenticated',
]);

/** The sticky state a kind drives, if any (`network` drives `offline`). */
export function stickyKeyFor(kind: ErrorKind): StickyKey | undefined {
  if (kind === 'network') return 'offline';
  return STICKY_KINDS.has(kind) ? (kind as StickyKey) : undefined;
}

/**
 * Where an error of this kind goes, following UI.md: `validation` belongs to field hints (history
 * only), blocking kinds to banners, `aborted` nowhere (`undefined`), everything else to a toast.
 */
export function surfaceFor(kind: ErrorKind): ErrorSurface | undefined {
  if (kind === 'aborted') return undefined;
  if (kind === 'validation') return 'record';
  return STICKY_KINDS.has(kind) ? 'banner' : 'toast';
}

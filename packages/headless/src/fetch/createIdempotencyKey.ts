/**
 * A fresh `Idempotency-Key` for one user action: create it once when the person submits, and
 * send the same key on every retry of that action, so the server runs it at most once.
 *
 * @example
 * ```ts
 * const key = createIdempotencyKey();
 * useMutation({ mutationFn: (body) => fetcher('/charges', { method: 'POST', body, idempotencyKey: key }) });
 * ```
 */
export function createIdempotencyKey(): string {
  const c = globalThis.crypto;
  // randomUUID exists only in secure contexts (https, localhost); fall back to random bytes.
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = (Math.random() * 256) | 0;
  b[6] = (b[6]! & 15) | 64; // version 4
  b[8] = (b[8]! & 63) | 128; // RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

import { redactSecrets } from './redactSecrets.js';

// Anchored at the end so `accessToken` and `x-api-key` match but `max_tokens` does not.
const SECRET_KEY = /(authori[sz]ation|api[-_]?key|token|passw(or)?d|secret|cookie|credentials?|signature|private[-_]?key)$/i;
const MAX_DEPTH = 4;
const MAX_ITEMS = 100;

function clean(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactSecrets(value.length > 2000 ? `${value.slice(0, 2000)}…` : value);
  if (typeof value !== 'object' || value === null) return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  // Bounded depth: 10,000-deep or circular bodies end here instead of overflowing the stack.
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map((item) => clean(item, depth + 1));
  return copyDetails(value as Record<string, unknown>, undefined, depth + 1);
}

/**
 * A bounded, redacted copy of a body's own enumerable fields, minus `omit`: strings redacted,
 * secret-named keys blanked, nesting cut at a few levels, and `__proto__` keys dropped so nothing
 * is polluted.
 */
export function copyDetails(source: Record<string, unknown>, omit?: readonly string[], depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const key in source) {
    if (!Object.prototype.hasOwnProperty.call(source, key) || key === '__proto__' || omit?.includes(key)) continue;
    if (n++ >= MAX_ITEMS) break;
    const value = source[key];
    if (value === undefined) continue;
    out[key] = SECRET_KEY.test(key) && value !== null && typeof value !== 'object' ? '[redacted]' : clean(value, depth);
  }
  return out;
}

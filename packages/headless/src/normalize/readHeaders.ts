import type { HeadersInput } from '../types.js';

/**
 * Reads headers in any form apps hold them (`Headers`, axios headers, a record, entries) into a
 * plain record with lower-cased names. Total: a broken input yields what could be read.
 */
export function readHeaders(input?: HeadersInput | null): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: unknown, value: unknown) => {
    if (typeof name !== 'string' || value == null) return;
    const key = name.toLowerCase();
    // Assigning `__proto__` would replace the prototype, not add a header.
    if (key !== '__proto__') out[key] = Array.isArray(value) ? value.join(', ') : String(value);
  };
  try {
    if (!input || typeof input !== 'object') return out;
    let n = 0;
    if (typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function') {
      for (const entry of input as Iterable<unknown>) {
        if (n++ > 500) break;
        if (Array.isArray(entry)) add(entry[0], entry[1]);
      }
    } else {
      for (const name of Object.keys(input)) {
        if (n++ > 500) break;
        add(name, (input as Record<string, unknown>)[name]);
      }
    }
  } catch {
    // Hostile header objects: keep what was read.
  }
  return out;
}

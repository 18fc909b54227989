import type { HeadersInput } from '../types.js';

const MAX_HEADERS = 500;

/**
 * Reads headers in any form apps hold them (`Headers`, axios headers, a record, entries) into a
 * plain record with lower-cased names. Total: a broken input yields what could be read.
 */
export function readHeaders(input?: HeadersInput | null): Record<string, string> {
  const out: Record<string, string> = {};
  if (!input || typeof input !== 'object') return out;
  try {
    let n = 0;
    if (typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function') {
      for (const entry of input as Iterable<unknown>) {
        if (n++ > MAX_HEADERS) break;
        if (Array.isArray(entry)) add(out, entry[0], entry[1]);
      }
    } else {
      for (const name of Object.keys(input)) {
        if (n++ > MAX_HEADERS) break;
        add(out, name, (input as Record<string, unknown>)[name]);
      }
    }
  } catch {
    // Hostile header objects: keep what was read.
  }
  return out;
}

// A module function rather than a closure per call: headers are read once per error, in storms too.
function add(out: Record<string, string>, name: unknown, value: unknown): void {
  if (typeof name !== 'string' || value == null) return;
  const key = name.toLowerCase();
  // Assigning `__proto__` would replace the prototype, not add a header.
  if (key !== '__proto__') out[key] = Array.isArray(value) ? value.join(', ') : String(value);
}

// Tiny readers shared by every dialect: each reads one untrusted value without trusting its type.

/** A non-null, non-array object whose keys may be read. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value when it is a string with visible text, else undefined. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value : undefined;

/** The value when it is a sentence (has a space) rather than an identifier: PayPal's `issue`, CouchDB's `reason`. */
export const sentence = (value: unknown): string | undefined => (typeof value === 'string' && value.trim().includes(' ') ? value : undefined);

/** The first visible text of a string or of a list of strings (`errorMessages: ["…"]`), else undefined. */
export const firstText = (value: unknown): string | undefined => text(Array.isArray(value) ? value[0] : value);

/**
 * A machine code from a string or number, unless it is an error status (400–599) that repeats the HTTP
 * status (`{ code: 404 }`, `{ error_code: 429 }`): then it is a status, not a code.
 */
export const codeNotStatus = (value: unknown, httpStatus: number | undefined): string | undefined => {
  const n = toStatus(value);
  return n !== undefined && n >= 400 && (httpStatus === undefined || n === httpStatus) ? undefined : codeOf(value);
};

/** An HTTP status (100–599) from a number or numeric string, else undefined. */
export const toStatus = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n < 600 ? n : undefined;
};

/** A machine code from a string or a number (Twilio sends numbers), kept exactly as sent. */
export const codeOf = (value: unknown): string | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value);

/** Trims, collapses whitespace and bounds a human text; undefined when nothing is left. */
export const clip = (value: string | undefined, max = 500): string | undefined => {
  if (value === undefined) return undefined;
  let s = value.length > max * 4 ? value.slice(0, max * 4) : value;
  // Most server messages are already tidy; skip the rewrite for them.
  if (/\s\s|[^\S ]/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return !s ? undefined : s.length > max ? `${s.slice(0, max - 1)}…` : s;
};

/** A finite number from a number or a numeric string (servers send both), else `undefined`. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && value.length < 40) {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** The first key of `record` that holds a number, read safely (details may carry throwing getters). */
export function pickNumber(record: Record<string, unknown>, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    try {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const found = readNumber(record[key]);
      if (found !== undefined) return found;
    } catch {
      // A hostile getter is not a figure.
    }
  }
  return undefined;
}

/** The first key of `record` that holds a short, plain word (a metric or currency name). */
export function pickWord(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    try {
      if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
      const value = record[key];
      // Words only: these end up inside sentences, so nothing that could carry markup or a secret.
      if (typeof value === 'string' && /^[\p{L}\p{N} _-]{1,40}$/u.test(value)) return value.replace(/_/g, ' ');
    } catch {
      // A hostile getter is not a word.
    }
  }
  return undefined;
}

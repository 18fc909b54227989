// @ts-check
// Sliding-window rate limits, several at once (Defastra: 2 per second AND 60 per minute).

/**
 * @typedef {{ limit: number, windowMs: number, code: string }} RateRule
 * @typedef {{ code: string, retryAfterMs: number }} RateRefusal
 */

/**
 * Creates a limiter that remembers accepted hits per key and refuses those over any rule.
 * @param {readonly RateRule[]} rules checked in order; the first one exceeded is reported
 * @param {() => number} now the clock, injectable so tests need no waiting
 */
export function createRateWindows(rules, now) {
  /** @type {Map<string, number[]>} */
  const hits = new Map();
  const longest = Math.max(...rules.map((rule) => rule.windowMs));

  return {
    /**
     * Records a hit for `key` unless a rule is exceeded; refused hits are not counted.
     * @param {string} key
     * @returns {RateRefusal | undefined}
     */
    hit(key) {
      const at = now();
      const recent = (hits.get(key) ?? []).filter((time) => at - time < longest);
      for (const rule of rules) {
        const inWindow = recent.filter((time) => at - time < rule.windowMs);
        if (inWindow.length >= rule.limit) {
          // The window reopens when its oldest counted hit leaves it.
          const oldest = inWindow[inWindow.length - rule.limit] ?? at;
          hits.set(key, recent);
          return { code: rule.code, retryAfterMs: Math.max(0, oldest + rule.windowMs - at) };
        }
      }
      recent.push(at);
      hits.set(key, recent);
      return undefined;
    },
    reset() {
      hits.clear();
    },
  };
}

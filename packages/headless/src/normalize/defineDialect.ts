import type { Dialect } from '../types.js';

/**
 * Declares how to read one API's error format: `detect` is a cheap shape test, `parse` returns what
 * it could read. Pass it in `dialects` wherever a body is parsed; user dialects run before built-in ones.
 * @example
 * const acme = defineDialect({
 *   name: 'acme',
 *   detect: (body) => typeof body === 'object' && body !== null && 'fault' in body,
 *   parse: (body) => ({ code: (body as { fault: string }).fault }),
 * });
 */
export function defineDialect(dialect: Dialect): Dialect {
  return dialect;
}

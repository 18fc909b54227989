import type { ErrorKind } from '../types.js';

const KINDS: Record<number, ErrorKind> = {
  400: 'validation', 401: 'unauthenticated', 402: 'insufficient_funds', 403: 'forbidden', 404: 'not_found', 407: 'unauthenticated',
  // 420 is Twitter's old "Enhance Your Calm", still sent by Mailgun for a rate.
  408: 'timeout', 409: 'conflict', 420: 'rate_limited', 410: 'not_found', 412: 'conflict', 413: 'validation', 414: 'validation',
  415: 'validation', 422: 'validation', 423: 'conflict', 429: 'rate_limited', 451: 'forbidden',
  502: 'unavailable', 503: 'unavailable', 504: 'timeout', 524: 'timeout', 598: 'timeout', 599: 'timeout',
};

/** The kind an HTTP status implies; other 5xx are server (520–529 proxy/origin-down are unavailable); other statuses give undefined. */
export function kindFromStatus(status: number | undefined): ErrorKind | undefined {
  if (status === undefined) return undefined;
  return KINDS[status] ?? (status >= 520 && status < 530 ? 'unavailable' : status >= 500 && status < 600 ? 'server' : undefined);
}

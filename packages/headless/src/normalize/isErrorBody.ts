import { isRecord } from './guards.js';

/**
 * True for a 2xx body that says it failed: `{ status: false }` (Defastra), `{ success: false }`,
 * `{ ok: false }` (Slack), or GraphQL `errors` with no `data`.
 */
export function isErrorBody(body: unknown): boolean {
  try {
    if (!isRecord(body)) return false;
    if (body.status === false || body.success === false || body.ok === false) return true;
    return Array.isArray(body.errors) && body.errors.length > 0 && body.data == null;
  } catch {
    return false;
  }
}

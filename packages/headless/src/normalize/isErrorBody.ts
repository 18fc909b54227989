import { isRecord } from './guards.js';

/**
 * True for a 2xx body that says it failed: `{ status: false }` (Defastra), `{ success: false }`,
 * `{ ok: false }` (Slack), GraphQL `errors` with no `data`, or a JSON-RPC 2.0 `error` (always sent as 200).
 */
export function isErrorBody(body: unknown): boolean {
  try {
    if (!isRecord(body)) return false;
    if (body.status === false || body.success === false || body.ok === false) return true;
    if (typeof body.jsonrpc === 'string' && isRecord(body.error)) return true;
    return Array.isArray(body.errors) && body.errors.length > 0 && body.data == null;
  } catch {
    return false;
  }
}

import type { ErrorKind } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields } from '../collectFields.js';
import { codeOf, firstText, isRecord, text, toStatus } from '../guards.js';

// The codes JSON-RPC 2.0 reserves; -32000…-32099 are each server's own, read by their name and text instead.
const RESERVED: Record<string, ErrorKind> = { '-32700': 'validation', '-32600': 'validation', '-32601': 'not_found', '-32602': 'validation', '-32603': 'server' };

/** The error member, unwrapped from superjson's `{ json }` (tRPC with a transformer). */
const errorOf = (body: Record<string, unknown>): Record<string, unknown> | undefined => {
  const e = body.error;
  return isRecord(e) ? (isRecord(e.json) ? e.json : e) : undefined;
};

/** Zod's issues when a message is their JSON dump (tRPC's default for an input that failed its schema). */
const issuesIn = (message: string | undefined): unknown[] | undefined => {
  if (!message?.startsWith('[')) return undefined;
  try {
    const issues: unknown = JSON.parse(message);
    return Array.isArray(issues) ? issues : undefined;
  } catch {
    return undefined;
  }
};

/**
 * JSON-RPC 2.0 `{ jsonrpc, error: { code: -32602, message, data }, id }` (Ethereum nodes, MCP servers) and tRPC's
 * `{ error: { message, code, data: { code: "BAD_REQUEST", httpStatus, path, zodError } } }`, bare or inside
 * superjson's `json`. tRPC's `data.code` names the failure in words; its input errors come as Zod's flattened
 * `zodError` (the error formatter its docs show) or as the issues' JSON in `message`.
 */
export const jsonRpc = defineDialect({
  name: 'json-rpc',
  detect: (body) => {
    const e = isRecord(body) ? errorOf(body) : undefined;
    return !!e && typeof e.code === 'number' && (e.code <= -32000 || 'jsonrpc' in (body as object));
  },
  parse: (body) => {
    const b = body as Record<string, unknown>;
    const e = errorOf(b)!;
    const data = isRecord(e.data) ? e.data : {};
    const zod = isRecord(data.zodError) ? data.zodError : {};
    const issues = issuesIn(text(e.message));
    const number = codeOf(e.code)!;
    const named = text(data.code);
    return {
      code: named ?? number,
      // A named code speaks for itself; a reserved number only when nothing names the failure better.
      kind: named ? undefined : RESERVED[number],
      // The issues' dump is no message: the form-level error or the fields say it.
      message: issues ? firstText(zod.formErrors) : text(e.message),
      status: toStatus(data.httpStatus),
      fields: collectFields(zod.fieldErrors ?? issues ?? []),
      // `data` may be a bare value too (an Ethereum node's revert data).
      details: { ...(isRecord(e.data) ? copyDetails(data, ['code', 'httpStatus', 'zodError', 'stack']) : copyDetails(e, ['code', 'message'])), ...copyDetails(b, ['error', 'jsonrpc']) },
    };
  },
});

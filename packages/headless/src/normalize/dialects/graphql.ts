import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields, fieldOf } from '../collectFields.js';
import { codeOf, isRecord, text, toStatus } from '../guards.js';
import { kindFromCode } from '../kindFromCode.js';
import { toFieldPath } from '../toFieldPath.js';

// Apollo's `code`, Braintree's `errorClass`, Spring GraphQL's `classification`, an item's text `code` (Clerk's, Zod's
// issues beside a `type` that is the value's type) or `error_code` (ShipEngine's), GitHub's `type`, then a numeric
// `code` (Cloudflare's) or eBay's `errorId`.
const codeIn = (e: Record<string, unknown>, x: Record<string, unknown>) =>
  text(x.code) ?? text(x.errorClass) ?? text(x.classification) ?? text(e.code) ?? text(e.error_code) ?? text(e.type) ?? codeOf(e.code) ?? codeOf(e.errorId);

/**
 * GraphQL `{ errors: [{ message, path, extensions: { code, field } }], data }`, usually at HTTP 200, and
 * REST APIs with the same `errors: [{ message, … }]` list (Cloudflare, SendGrid, Clerk).
 */
export const graphql = defineDialect({
  name: 'graphql',
  detect: (body) => {
    const first = isRecord(body) && Array.isArray(body.errors) ? body.errors[0] : undefined;
    return isRecord(first) && typeof first.message === 'string';
  },
  parse: (body) => {
    const b = body as Record<string, unknown>;
    const errors = (b.errors as unknown[]).slice(0, 100);
    const first = errors[0] as Record<string, unknown>;
    const ext = isRecord(first.extensions) ? first.extensions : {};
    // A code beside the list names the whole failure (HMRC's INVALID_REQUEST over its items' RULE_… codes).
    const code = text(b.code) ?? codeIn(first, ext);
    const fields: FieldError[] = [];
    for (const e of errors) {
      if (!isRecord(e)) continue;
      const x = isRecord(e.extensions) ? e.extensions : {};
      const c = codeIn(e, x);
      // An array `path` is where in the response it failed and names an input only for input errors; a string one (Wise) is the input.
      const field =
        toFieldPath(x.field) ?? toFieldPath(x.argumentName) ?? toFieldPath(x.inputPath) ?? fieldOf({ ...e, path: Array.isArray(e.path) ? undefined : e.path }) ??
        (kindFromCode(c) === 'validation' ? toFieldPath(e.path) : undefined);
      if (field && text(e.message)) fields.push({ field, message: e.message as string, code: c });
      // Payload's ValidationError lists its fields in `data.errors: [{ path, message }]`.
      else if (isRecord(e.data) && Array.isArray(e.data.errors)) collectFields(e.data.errors, '', fields);
    }
    return {
      code,
      // A top-level message summarizes the list (HubSpot, Freshdesk); GraphQL has none.
      // Clerk's `long_message` when it goes on from the short one ("Too many requests. Please wait at least 30 seconds …").
      message: text(b.message) ?? text(b.description) ?? (String(first.long_message).startsWith(String(first.message)) ? text(first.long_message) : undefined) ?? text(first.message),
      fields,
      // The HTTP status a GraphQL server states beside its 200 (monday.com's `extensions.status_code: 403`).
      status: toStatus(ext.status_code ?? ext.statusCode),
      details: { ...copyDetails(ext, ['code', 'status_code', 'statusCode']), ...copyDetails(b, ['errors', 'data', 'message', 'description']) },
    };
  },
});

import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { codeNotStatus, codeOf, isRecord, text, toStatus } from '../guards.js';
import { kindFromCodes } from '../kindFromCode.js';
import { fieldOf, messageOf } from '../collectFields.js';

/** JSON:API's `errors`, or error entities in `data` (DatoCMS's `[{ type: "api_error", attributes: { code, details } }]`). */
function errorsOf(body: unknown): unknown[] | undefined {
  if (!isRecord(body)) return undefined;
  if (Array.isArray(body.errors)) return body.errors;
  const data = Array.isArray(body.data) && isRecord(body.data[0]) && /error$/.test(text(body.data[0].type) ?? '') ? body.data : undefined;
  return data?.map((item) => {
    const a = isRecord(item) && isRecord(item.attributes) ? item.attributes : {};
    return { ...a, field: isRecord(a.details) ? a.details.field : undefined };
  });
}

/**
 * JSON:API `errors[]` of `{ status, code, title, detail, source: { pointer | parameter } }`, and lists of the
 * same spirit: Square `{ category, code, detail, field }`, Spring's `{ field, defaultMessage, code }`, GitHub's `{ field, code }`.
 */
export const jsonApi = defineDialect({
  name: 'json-api',
  detect: (body) => {
    const first = errorsOf(body)?.[0];
    return isRecord(first) && !('message' in first) && ('title' in first || 'detail' in first || 'source' in first || 'code' in first);
  },
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    const errors = errorsOf(b)!.slice(0, 100);
    const first = errors[0] as Record<string, unknown>;
    const fields: FieldError[] = [];
    for (const e of errors) {
      if (!isRecord(e)) continue;
      const field = fieldOf(e);
      // A field with only a code (GitHub's `missing_field`) still marks the input; the default text fills in.
      if (field) fields.push({ field, message: messageOf(e) ?? text(e.title) ?? '', code: codeOf(e.code) });
    }
    // Amadeus sends its codes as numbers; Hunter puts its code in `id` and only the status in `code`.
    const code = codeNotStatus(first.code, context.status) ?? /^[a-z]+(_[a-z]+)+$/.exec(text(first.id) ?? '')?.[0] ?? codeOf(first.code);
    return {
      code,
      // JW Player's items carry a `description`.
      message: messageOf(first) ?? text(b.message),
      kind: kindFromCodes(code, text(first.category)),
      status: toStatus(first.status),
      fields,
      details: copyDetails({ ...copyDetails(first, ['code', 'detail', 'status']), ...copyDetails(b, ['errors', 'data', 'message']) }),
    };
  },
});

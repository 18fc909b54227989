import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { isRecord, text, toStatus } from '../guards.js';
import { kindFromCodes } from '../kindFromCode.js';
import { fieldOf, messageOf } from '../collectFields.js';

/**
 * JSON:API `errors[]` of `{ status, code, title, detail, source: { pointer | parameter } }`, and lists of the
 * same spirit: Square `{ category, code, detail, field }`, Spring's `{ field, defaultMessage, code }`, GitHub's `{ field, code }`.
 */
export const jsonApi = defineDialect({
  name: 'json-api',
  detect: (body) => {
    const first = isRecord(body) && Array.isArray(body.errors) ? body.errors[0] : undefined;
    return isRecord(first) && !('message' in first) && ('title' in first || 'detail' in first || 'source' in first || 'code' in first);
  },
  parse: (body) => {
    const b = body as Record<string, unknown>;
    const errors = (b.errors as unknown[]).slice(0, 100);
    const first = errors[0] as Record<string, unknown>;
    const fields: FieldError[] = [];
    for (const e of errors) {
      if (!isRecord(e)) continue;
      const field = fieldOf(e);
      // A field with only a code (GitHub's `missing_field`) still marks the input; the default text fills in.
      if (field) fields.push({ field, message: messageOf(e) ?? text(e.title) ?? '', code: text(e.code) });
    }
    return {
      code: text(first.code),
      message: text(first.detail) ?? text(first.title) ?? text(b.message),
      kind: kindFromCodes(text(first.code), text(first.category)),
      status: toStatus(first.status),
      fields,
      details: copyDetails({ ...copyDetails(first, ['code', 'detail', 'status']), ...copyDetails(b, ['errors', 'message']) }),
    };
  },
});

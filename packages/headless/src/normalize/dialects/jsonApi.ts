import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { isRecord, text, toStatus } from '../guards.js';
import { toFieldPath } from '../toFieldPath.js';

/** JSON:API `errors[]` of `{ status, code, title, detail, source: { pointer | parameter } }`. */
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
      if (!isRecord(e) || !isRecord(e.source)) continue;
      const field = toFieldPath(e.source.pointer) ?? text(e.source.parameter);
      const message = text(e.detail) ?? text(e.title);
      if (field && message) fields.push({ field, message, code: text(e.code) });
    }
    return {
      code: text(first.code),
      message: text(first.detail) ?? text(first.title),
      status: toStatus(first.status),
      fields,
      details: copyDetails({ ...copyDetails(first, ['code', 'detail', 'status']), ...copyDetails(b, ['errors']) }),
    };
  },
});

import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields } from '../collectFields.js';
import { isRecord, text, toStatus } from '../guards.js';

/**
 * RFC 9457 problem details (`type`, `title`, `status`, `detail`, `instance`), with an `errors`
 * extension as an array of `{ pointer | name | field, detail | message }` or a map field → messages.
 */
export const problemDetails = defineDialect({
  name: 'problem-details',
  detect: (body, context) =>
    isRecord(body) &&
    ((context.headers['content-type'] ?? '').includes('problem+') ||
      (typeof body.title === 'string' && ('type' in body || 'status' in body || 'detail' in body))),
  parse: (body) => {
    const b = body as Record<string, unknown>;
    const type = text(b.type);
    return {
      code: type === 'about:blank' ? undefined : (type ?? text(b.code)),
      message: text(b.detail) ?? text(b.title),
      status: toStatus(b.status),
      fields: collectFields(b.errors ?? b['invalid-params'] ?? b.invalid_params),
      details: copyDetails(b, ['type', 'title', 'status', 'detail', 'errors']),
    };
  },
});

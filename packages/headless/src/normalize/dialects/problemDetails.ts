import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { collectFields } from '../collectFields.js';
import { codeNotStatus, isRecord, text, toStatus } from '../guards.js';

/**
 * RFC 9457 problem details (`type`, `title`, `status`, `detail`, `instance`), with an `errors`
 * (`invalid-params`, `invalid_fields`, `violations`) extension as an array of
 * `{ pointer | name | field, detail | message }` or a map field → messages.
 */
export const problemDetails = defineDialect({
  name: 'problem-details',
  detect: (body, context) =>
    isRecord(body) &&
    // A server that labels every error problem+json may still send its own `error` shape: then the shape decides.
    (((context.headers['content-type'] ?? '').includes('problem+') && !('error' in body)) ||
      (typeof body.title === 'string' && ('type' in body || 'status' in body || 'detail' in body))),
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    const type = text(b.type);
    // A `message` beside the title says more than a title that is the reason phrase (Verifone's "Unauthorised").
    const message = text(b.detail) ?? text(b.message) ?? text(b.title);
    const fields = collectFields(b.errors ?? b['invalid-params'] ?? b.invalid_params ?? b.invalid_fields ?? b.invalid_parameters ?? b.violations);
    // Mollie: one `field` beside the problem's detail.
    if (!fields.length && text(b.field) && message) fields.push({ field: b.field as string, message });
    return {
      // A `code` is the vendor's own (Plane's beside a category `type`, smsmode's `errorCode` beside a type URI) unless it
      // only repeats the status; a type that only links the HTTP status' RFC section (ASP.NET's default) is no vendor code.
      code: codeNotStatus(b.code ?? b.errorCode ?? b.error_code, context.status ?? toStatus(b.status)) ?? (type === 'about:blank' || /ietf\.org|rfc-editor|\/rfc\d/.test(type ?? '') ? undefined : type),
      message,
      status: toStatus(b.status),
      fields,
      details: copyDetails(b, ['type', 'title', 'status', 'detail', 'message', 'errors']),
    };
  },
});

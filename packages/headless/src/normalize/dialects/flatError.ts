import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { codeOf, isRecord, text, toStatus } from '../guards.js';
import { kindFromCode } from '../kindFromCode.js';

// An identifier (`invalid_grant`, `quota_domains_reached`) rather than a sentence.
const ID = /^[\w.:/#-]{1,80}$/;
const MESSAGE_KEYS = ['message', 'error_description', 'error_message', 'detail', 'description', 'Message', 'msg', 'title'];

/**
 * The catch-all for flat objects: `{ error: "text", message?, …extra }` (Defendis), OAuth
 * `{ error, error_description }`, Slack `{ ok: false, error }`, Spring `{ timestamp, status, error, path }`,
 * GitHub `{ message, documentation_url }`, Twilio `{ code, message, status }`, AWS `{ __type, message }`.
 */
export const flatError = defineDialect({
  name: 'flat',
  detect: isRecord,
  parse: (body, context) => {
    const b = body as Record<string, unknown>;
    const used = ['ok', 'success', 'code', 'error_code', 'errorCode', '__type'];
    const error = text(b.error);
    // `error` is a code when it reads like one, otherwise it is the human text.
    const errorIsCode = error !== undefined && ID.test(error);
    const code = codeOf(b.code) ?? text(b.error_code) ?? text(b.errorCode) ?? text(b.__type) ?? (errorIsCode ? error : undefined);
    if (code === error) used.push('error');
    let message: string | undefined;
    for (const key of MESSAGE_KEYS) {
      message = text(b[key]);
      if (message) {
        used.push(key);
        break;
      }
    }
    if (!message && error && !errorIsCode) {
      message = error;
      used.push('error');
    }
    if (!message && Array.isArray(b.errors) && text(b.errors[0])) message = b.errors[0] as string;
    const status = toStatus(b.status) ?? toStatus(b.statusCode) ?? toStatus(b.status_code);
    if (status !== undefined) used.push('status', 'statusCode', 'status_code');
    const field = text(b.field) ?? text(b.param);
    const s = context.status ?? status;
    const aboutInput = field && (kindFromCode(code) === 'validation' || (!code && (s === 400 || s === 422)));
    return {
      code,
      message,
      status,
      fields: aboutInput ? [{ field, message: message ?? `${field} is invalid`, code }] : [],
      details: copyDetails(b, used),
    };
  },
});

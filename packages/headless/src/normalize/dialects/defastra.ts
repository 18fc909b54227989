import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { isRecord, text } from '../guards.js';

/** Defastra: `{ status: false, error_type, error_message }`, often with HTTP 200. */
export const defastra = defineDialect({
  name: 'defastra',
  detect: (body) => isRecord(body) && body.status === false && typeof body.error_type === 'string',
  parse: (body) => {
    const b = body as Record<string, unknown>;
    const code = b.error_type as string;
    const message = text(b.error_message);
    // These codes each name the one input that was wrong.
    const field = /^INVALID_(?:REQUEST_)?(EMAIL|PHONE|TIMEOUT|LABEL)$/.exec(code)?.[1]?.toLowerCase();
    return {
      code,
      message,
      // "This endpoint is invalid, and the product doesn't exist": a missing endpoint, not bad input.
      kind: code === 'INVALID_REQUEST_TYPE' ? 'not_found' : undefined,
      fields: field ? [{ field, message: message ?? code, code }] : [],
      details: copyDetails(b, ['status', 'error_type', 'error_message']),
    };
  },
});

// The floor under "normalizing costs less than parsing": a normalizer that knows ONE body shape in
// advance and does only the work any correct one must do for it (read the headers, take code and
// message, classify the code and redact the text, both remembered, copy the other fields with
// secret-named keys blanked, build a real Error without a stack). No dialect detection, no other
// formats, no guards against hostile input. If even this costs more than JSON.parse of the same
// body, ratio < 1 is below what the required work costs, not a matter of tuning Errata.

class MinimalError extends Error {}

const SECRET_KEY = /(authori[sz]ation|api[-_]?key|token|passw(or)?d|secret|cookie|credentials?|signature|private[-_]?key)$/i;
const kinds = new Map();
const texts = new Map();

const classify = (code) => {
  let kind = kinds.get(code);
  if (kind === undefined) kinds.set(code, (kind = /funds|balance/i.test(code) ? 'insufficient_funds' : /quota|limit/i.test(code) ? 'quota' : 'unknown'));
  return kind;
};

const redact = (text) => {
  let safe = texts.get(text);
  if (safe === undefined) texts.set(text, (safe = text.replace(/\b(sk|pk|rk)_(live|test)_\w+|\beyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[redacted]').trim()));
  return safe;
};

/**
 * @param {{ code: string, message?: string }} keys where this one shape keeps its code and message
 * @returns {(body: Record<string, unknown>, context: { status: number, headers: Record<string, string> }) => Error}
 */
export function minimalNormalizer(keys) {
  return (body, context) => {
    const headers = {};
    for (const name in context.headers) headers[name.toLowerCase()] = String(context.headers[name]);
    const code = body[keys.code];
    const message = keys.message && typeof body[keys.message] === 'string' ? body[keys.message] : code;
    const details = {};
    for (const key in body) {
      if (key === keys.code || key === keys.message || key === 'status') continue;
      const value = body[key];
      details[key] = SECRET_KEY.test(key) ? '[redacted]' : typeof value === 'string' ? redact(value) : value;
    }
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = undefined;
    const error = new MinimalError(redact(message));
    Error.stackTraceLimit = limit;
    error.stack = `MinimalError: ${error.message}`;
    error.kind = classify(code);
    error.code = code;
    error.status = context.status;
    error.fields = [];
    error.retryable = false;
    error.requestId = headers['x-request-id'];
    error.details = details;
    error.cause = body;
    return error;
  };
}

/** The shapes it is measured on: the two seed bodies Errata is slowest on relative to JSON.parse. */
export const minimalShapes = {
  '000 Defastra (HTTP 200, status:false)': { code: 'error_type', message: 'error_message' },
  '004 Defendis quota (409)': { code: 'error' },
};

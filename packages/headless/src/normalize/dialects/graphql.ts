import type { FieldError } from '../../types.js';
import { defineDialect } from '../defineDialect.js';
import { copyDetails } from '../copyDetails.js';
import { isRecord, text } from '../guards.js';
import { kindFromCode } from '../kindFromCode.js';
import { toFieldPath } from '../toFieldPath.js';

/** GraphQL `{ errors: [{ message, path, extensions: { code, field } }], data }`, usually at HTTP 200. */
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
    const code = text(ext.code) ?? text(first.type);
    const fields: FieldError[] = [];
    for (const e of errors) {
      if (!isRecord(e)) continue;
      const x = isRecord(e.extensions) ? e.extensions : {};
      const c = text(x.code) ?? text(e.type);
      // `path` is where in the response it failed; it names an input only for input errors.
      const field = toFieldPath(x.field) ?? toFieldPath(x.argumentName) ?? (kindFromCode(c) === 'validation' ? toFieldPath(e.path) : undefined);
      if (field && text(e.message)) fields.push({ field, message: e.message as string, code: c });
    }
    return {
      code,
      message: text(first.message),
      fields,
      details: { ...copyDetails(ext, ['code']), ...copyDetails(b, ['errors', 'data']) },
    };
  },
});

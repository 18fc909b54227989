import type { FieldError } from '../types.js';
import { isRecord, text } from './guards.js';
import { toFieldPath } from './toFieldPath.js';

const MAX_FIELDS = 100;

/**
 * Field errors from a validation map in any common form: `{ email: ["…"] }` (Laravel, Rails, Django,
 * ASP.NET), `{ email: "…" }`, nested `{ address: { city: ["…"] } }` → `address.city`, or an array of
 * `{ pointer | field | name | path | parameter, detail | message | reason }`.
 */
export function collectFields(source: unknown, prefix = '', out: FieldError[] = [], depth = 0): FieldError[] {
  if (depth > 5 || out.length >= MAX_FIELDS) return out;
  if (Array.isArray(source)) {
    for (const [i, item] of source.slice(0, MAX_FIELDS).entries()) {
      const message = text(item);
      if (message) {
        if (prefix) out.push({ field: prefix, message });
      } else if (isRecord(item)) {
        const field = item.pointer ?? item.field ?? item.name ?? item.path ?? item.parameter ?? item.param ?? item.property;
        const msg = text(item.detail) ?? text(item.message) ?? text(item.reason) ?? text(item.description);
        const path = typeof field === 'string' || Array.isArray(field) ? [prefix, toFieldPath(field)].filter(Boolean).join('.') : undefined;
        if (path && msg) out.push({ field: path, message: msg, code: text(item.code) });
        else if (!path) collectFields(item, prefix ? `${prefix}.${i}` : String(i), out, depth + 1);
      }
    }
  } else if (isRecord(source)) {
    for (const key of Object.keys(source).slice(0, MAX_FIELDS)) {
      const value = source[key];
      const path = prefix ? `${prefix}.${key}` : key;
      if (text(value)) out.push({ field: path, message: value as string });
      else collectFields(value, path, out, depth + 1);
    }
  }
  return out;
}

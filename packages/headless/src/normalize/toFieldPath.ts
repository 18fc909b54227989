// Where FastAPI/pydantic `loc` arrays and GraphQL `inputPath`s say the value came from, not a field name.
const LOCATION = /^(body|query|path|header|cookie|form|input)$/;

/**
 * A dot path from a JSON pointer (`/data/attributes/address/city`, `#/email`), a JSON path
 * (`$.email`, `items[0].name`), a location array (`["body", "address", "city"]`) or a plain name.
 */
export function toFieldPath(pointer: unknown): string | undefined {
  if (Array.isArray(pointer)) {
    const parts = pointer.length > 1 && LOCATION.test(String(pointer[0])) ? pointer.slice(1, 21) : pointer.slice(0, 20);
    return parts.length ? parts.join('.') : undefined;
  }
  if (typeof pointer !== 'string') return undefined;
  const path = pointer
    .slice(0, 300)
    .replace(/^[#$]?\/?(data\/attributes\/|data\/relationships\/)?|^\$\./g, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/~1/g, '/')
    .replace(/~0/g, '~')
    .replace(/^\./, '');
  // A pointer at the whole document or at `/data` names no field.
  return path && path !== 'data' ? path : undefined;
}

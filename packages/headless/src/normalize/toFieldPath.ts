/**
 * A dot path from a JSON pointer (`/data/attributes/address/city`, `#/email`), a JSON path
 * (`$.email`), a GraphQL path array or a plain name.
 */
export function toFieldPath(pointer: unknown): string | undefined {
  if (Array.isArray(pointer)) return pointer.length ? pointer.slice(0, 20).join('.') : undefined;
  if (typeof pointer !== 'string') return undefined;
  const path = pointer
    .slice(0, 300)
    .replace(/^[#$]?\/?(data\/attributes\/|data\/relationships\/)?|^\$\./g, '')
    .replace(/\//g, '.')
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  // A pointer at the whole document or at `/data` names no field.
  return path && path !== 'data' ? path : undefined;
}

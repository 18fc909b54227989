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
  // Written out rather than one chain of replaces: this runs once per field of every validation
  // error, and most fields are plain names that need none of it.
  let path = pointer.slice(0, 300);
  if (path[0] === '#' || path[0] === '$') path = path.slice(1);
  if (path[0] === '/') path = path.slice(1);
  if (path.startsWith('data/attributes/')) path = path.slice(16);
  else if (path.startsWith('data/relationships/')) path = path.slice(19);
  if (path.includes('[')) path = path.replace(/\[(\d+)\]/g, '.$1');
  if (path.includes('/')) path = path.replace(/\//g, '.');
  if (path.includes('~')) path = path.replace(/~1/g, '/').replace(/~0/g, '~');
  if (path[0] === '.') path = path.slice(1);
  // A pointer at the whole document or at `/data` names no field; nor does a serialized nothing (Allegro's `"path": "null"`).
  return path && path !== 'data' && path !== 'null' && path !== 'undefined' ? path : undefined;
}

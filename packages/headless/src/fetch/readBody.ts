/** Reads a 2xx body once: parsed JSON when the server says JSON, text otherwise, undefined when empty (204). */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  // `application/json`, `application/problem+json`, `application/vnd.api+json`…
  return /json/i.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
}

import { clip } from './guards.js';

/** What a text body says: parsed JSON, or a message (and maybe a status) read from text or HTML. */
export interface TextReading {
  body?: unknown;
  message?: string;
  status?: number;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

const decode = (value: string): string => value.replace(/&(amp|quot|#39|#x27|nbsp);/g, (m) => ENTITIES[m] ?? m);

/**
 * Reads an error body that arrived as text: JSON text is parsed (a JSON string, even double-encoded, is
 * read again; cut-off JSON says nothing); an HTML page (proxies, gateways) is reduced to its `<title>` or
 * first heading as plain text, never markup; an XML error to its leaf elements (`Code`, `Message`,
 * `RequestId`); a failed event stream to its error event; other text is the message.
 */
export function readText(input: string): TextReading {
  const s = input.trim();
  if (!s) return {};
  // JSON of any kind: objects, lists, `null`/`true`/numbers (nothing to say), and a JSON string, which some
  // servers send (a message in quotes) or double-encode (the whole error, serialized twice).
  if (/^([[{"]|-?\d|true$|false$|null$)/.test(s)) {
    try {
      const body: unknown = JSON.parse(s);
      return typeof body === 'string' ? readText(body) : { body };
    } catch {
      // A JSON document cut mid-body (connection dropped) has no readable message: status and headers speak.
      if (/^[[{]\s*(["[{\]}]|$)/.test(s)) return {};
    }
  }
  // Only the head of a page is read, so a 5 MB page costs the same as a small one.
  const head = s.slice(0, 65536);
  // A server-sent event stream that failed (AI APIs stream their errors: `event: error` then `data: {…}`, or a lone
  // `data: {"error": …}`): the error event's data, else the first data line, is the body.
  if (/^(event|data|id|retry):/.test(head)) {
    const data = /^event:\s*error\s*\r?\ndata:(.*)/m.exec(head)?.[1] ?? /^data:(.*)/m.exec(head)?.[1];
    return data?.trim() ? readText(data) : {};
  }
  if (/^<|<html|<body|<\/\w+>/i.test(head.slice(0, 1024))) {
    // XML errors (AWS S3, STS, EC2, Oracle's `<messagesRDO>` and most SOAP-era APIs): `<Error><Code>…</Code><Message>…</Message><RequestId>…`.
    // Salesforce sends `<Errors><Error><errorCode>…` with no prolog.
    if (/^<\?xml|<Code>|^<(errors?|fault|response)>/i.test(head) && !/<html/i.test(head)) {
      const body: Record<string, unknown> = {};
      for (const [, tag, value] of head.matchAll(/<(\w{1,40})>([^<]{0,2000})<\/\1>/g)) body[tag!] ??= decode(value!).trim();
      // Recurly's `<error field="account.email" symbol="taken">has already been taken</error>`: a field map.
      for (const [, field, value] of head.matchAll(/\sfield="([^"]{1,200})"[^>]*>([^<]{1,2000})</g)) ((body.errors ??= {}) as Record<string, string>)[field!] = decode(value!);
      return { body };
    }
    const title = /<title[^>]*>([^<]*)</i.exec(head)?.[1];
    // A bare "Error" title (Express) says less than the page's first block of text.
    const found =
      (title && !/^\s*error\s*$/i.test(title) ? title : undefined) ??
      /<(h1|pre)[^>]*>([\s\S]{0,2000}?)<\/\1>/i.exec(head)?.[2]?.replace(/<[^>]*>/g, ' ') ??
      title;
    const message = clip(found && decode(found).replace(/[<>]/g, ''));
    // Gateways title their pages "502 Bad Gateway" or "example.com | 522: Connection timed out".
    const status = Number(/\b([45]\d\d)\b/.exec(message ?? '')?.[1]) || undefined;
    return { message, status };
  }
  return { message: clip(head) };
}

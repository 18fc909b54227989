import { normalizeError } from './normalizeError.js';
import { copyDetails } from './copyDetails.js';
import { redactSecrets } from './redactSecrets.js';

/** Options for {@link toSupportReport}. */
export interface SupportReportOptions {
  /** The time stamped on the report. @defaultValue new Date() */
  now?: Date;
  /** The longest report returned, in characters. @defaultValue 4000 */
  maxLength?: number;
}

// The path without its query string: query parameters are where keys and tokens hide.
const pathOf = (url: string) => url.split(/[?#]/)[0] as string;

/**
 * Plain, redacted text a person can paste into a support ticket: request path and method, UTC time,
 * request id, HTTP status, code, kind, message, fields and the remaining body fields as JSON.
 */
export function toSupportReport(error: unknown, options: SupportReportOptions = {}): string {
  const e = normalizeError(error);
  const lines: string[] = [];
  const add = (label: string, value: unknown) => {
    if (value !== undefined && value !== '') lines.push(`${label}: ${String(value)}`);
  };
  try {
    add('Request', [e.method, e.url && pathOf(e.url)].filter(Boolean).join(' '));
    add('Time (UTC)', (options.now ?? new Date()).toISOString());
    add('Request ID', e.requestId);
    add('HTTP status', e.status);
    add('Code', e.code);
    add('Kind', e.kind);
    add('Message', e.message);
    if (e.fields.length) lines.push('Fields:', ...e.fields.slice(0, 50).map((f) => `  - ${f.field}: ${f.message}`));
    // Re-copy: a hand-built ApiError may hold circular, deep or secret-bearing details.
    const body = copyDetails(e.details);
    if (Object.keys(body).length) lines.push('Details:', JSON.stringify(body, null, 2));
  } catch {
    lines.push('(some details could not be read)');
  }
  const max = options.maxLength ?? 4000;
  const report = redactSecrets(lines.join('\n'));
  return report.length > max ? `${report.slice(0, max - 1)}…` : report;
}

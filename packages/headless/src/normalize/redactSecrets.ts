const R = '[redacted]';

// A cheap pre-test: most messages hold none of these words, so they skip every pattern below.
const MAYBE = /ey[J]|bearer|basic|[sprk]k[-_]|whsec|AKIA|ASIA|gh[pousr]_|github_pat|xox|\/\/|key|token|secret|pass|pwd|sig|credential|auth|session|cookie/i;

// Order matters: whole-value patterns (bearer, header lines) run before the generic name=value rule.
const PATTERNS: [RegExp, string][] = [
  [/\b(bearer|basic)\s+[\w.~+/-]+=*/gi, `$1 ${R}`],
  [/\b((?:proxy-)?authorization|set-cookie|cookie|x-api-key)(\s*:\s*)[^\r\n]+/gi, `$1$2${R}`],
  [/\beyJ[\w-]*(?:\.[\w-]*)*/g, R],
  [/\b(?:sk|pk|rk|whsec)[-_][\w-]{6,}/g, R],
  [/\bA(?:KIA|SIA)[A-Z0-9]{12,}/g, R],
  [/\b(?:gh[pousr]_|github_pat_)\w{10,}/g, R],
  [/\bxox[abposr]-[\w-]+/g, R],
  [/(\/\/)[^/\s:@]+:[^/\s@]+@/g, `$1${R}@`],
  [/([\w-]*(?:key|token|secret|passw(?:or)?d|pwd|signature|sig|credential|auth|session|cookie)["']?\s*[=:]\s*["']?)(?!\[redacted\])[^\s&#"',;]+/gi, `$1${R}`],
  [/\b(key|token|secret)(\s+)(?=[^\s]*\d)[\w+/=.-]{16,}/gi, `$1$2${R}`],
];

/**
 * Replaces secrets in a text with `[redacted]`: bearer tokens, JWTs, `sk_live_…`-style keys, AWS,
 * GitHub and Slack tokens, credentials in URLs, `api_key=…`-style parameters and `Authorization:` lines.
 * Over-redacting is the safe failure.
 */
export function redactSecrets(text: string): string {
  let s = String(text);
  if (!MAYBE.test(s)) return s;
  const known = cache.get(s);
  if (known !== undefined) return known;
  const key = s;
  for (const [pattern, to] of PATTERNS) s = s.replace(pattern, to);
  // Servers repeat the same messages; short ones are remembered (bounded) so a storm costs one pass.
  if (key.length <= 500) {
    if (cache.size > 500) cache.clear();
    cache.set(key, s);
  }
  return s;
}

const cache = new Map<string, string>();

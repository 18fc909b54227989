// One pass, one pattern: each alternative keeps its captured prefix (`$1`…`$5`, empty when unmatched)
// and replaces the secret after it. Case-insensitive throughout: over-redacting is the safe failure. A `key: value` in
// prose is redacted when the value could be a secret (a digit in it, or 12+ characters): "Invalid location key:
// locationKey" and "apikey: invalid" keep their words, "password: hunter2" does not.
const SECRET =
  /\b((?:bearer|basic)\s+)[\w.~+/-]+=*|\b((?:(?:proxy-)?authorization|set-cookie|cookie|x-api-key)\s*:\s*)[^\r\n]+|\b(?:eyJ[\w-]*(?:\.[\w-]*)*|(?:sk|pk|rk|whsec)[-_][\w-]{6,}|A[KS]IA[A-Z\d]{12,}|(?:gh[pousr]_|github_pat_)\w{10,}|xox[abposr]-[\w-]+|(?:gsk|xai|hf|npm|glpat|shp(?:at|ca|pa|ss))[-_][\w-]{16,}|AIza[\w-]{35}|SG\.[\w-]{16,}\.[\w-]{16,}|(?:key-|dapi)[a-f\d]{32})|(\/\/)[^/\s:@]+:[^/\s@]+(?=@)|(?<![\w-])([\w-]*(?:key|token|secret|passw(?:or)?d|pwd|sig(?:nature)?|credential|auth|session|cookie)["']?\s*(?:=|:(?=\s*["']?(?:(?:bearer|basic)\s+)?[^\s&#"',;]*(?:\d|[^\s&#"',;]{12})))\s*["']?)(?:(?:bearer|basic)\s+)?[^\s&#"',;]+|\b((?:key|token|secret)\s+)(?=\S*\d)[\w+/=.-]{16,}/gi;

// A cheap pre-test: most messages hold none of these words, so they skip the pattern above.
const MAYBE = /ey[J]|bearer|basic|[sprk]k[-_]|whsec|A[KS]IA|gh[pousr]_|github_pat|xox|gsk|xai|hf_|npm_|glpat|shp|AIza|SG\.|dapi|\/\/|key|token|secret|pass|pwd|sig|credential|auth|session|cookie/i;

const cache = new Map<string, string>();

/**
 * Replaces secrets in a text with `[redacted]`: bearer tokens, JWTs, `sk_live_…`-style keys, and the
 * prefixed key formats of AWS, GitHub, GitLab, Slack, Google, Hugging Face, SendGrid, Mailgun, npm, Shopify,
 * Groq, xAI and Databricks (the prefixes secret scanners look for), credentials in URLs, `api_key=…`-style parameters and `Authorization:` lines.
 * Over-redacting is the safe failure.
 */
export function redactSecrets(text: string): string {
  const s = String(text);
  let out = cache.get(s);
  if (out === undefined) {
    out = MAYBE.test(s) ? s.replace(SECRET, '$1$2$3$4$5[redacted]') : s;
    // Servers repeat the same messages; short ones are remembered (bounded) so a storm costs one pass.
    if (s.length <= 500) {
      if (cache.size > 500) cache.clear();
      cache.set(s, out);
    }
  }
  return out;
}

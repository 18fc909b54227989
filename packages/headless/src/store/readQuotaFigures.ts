import { pickNumber, pickWord } from './readNumber.js';

/** Figures a quota error may carry (seed 004: `{ metric: "domains", used: 10, limit: 10 }`). */
export interface QuotaFigures {
  used?: number;
  limit?: number;
  /** What is counted ("domains"), in words. */
  metric?: string;
}

/** Reads used / limit / metric from an error's `details`, falling back to a `quota_<metric>_reached` code. */
export function readQuotaFigures(details: Record<string, unknown>, code?: string): QuotaFigures {
  const figures: QuotaFigures = {};
  const used = pickNumber(details, ['used', 'usage', 'current', 'count']);
  const limit = pickNumber(details, ['limit', 'max', 'quota', 'allowed']);
  const metric = pickWord(details, ['metric', 'resource', 'unit']) ?? metricFromCode(code);
  if (used !== undefined) figures.used = used;
  if (limit !== undefined) figures.limit = limit;
  if (metric !== undefined) figures.metric = metric;
  return figures;
}

function metricFromCode(code: string | undefined): string | undefined {
  const match = code === undefined ? null : /^quota_([a-z0-9_]{1,40})_reached$/i.exec(code);
  return match?.[1]?.replace(/_/g, ' ').toLowerCase();
}

export { createErrorStore } from './createErrorStore.js';
export { selectRateLimit } from './selectRateLimit.js';
export { readFundsFigures } from './readFundsFigures.js';
export { readQuotaFigures } from './readQuotaFigures.js';
export { surfaceFor, stickyKeyFor, STICKY_KINDS } from './surfaceFor.js';
export type { RateLimitView } from './selectRateLimit.js';
export type { FundsFigures } from './readFundsFigures.js';
export type { QuotaFigures } from './readQuotaFigures.js';
export type {
  ErrorEntry,
  ErrorStore,
  ErrorStoreOptions,
  ErrorStoreState,
  ErrorSurface,
  FundsState,
  QuotaState,
  ReportMeta,
  StickyKey,
} from './ErrorStoreState.js';

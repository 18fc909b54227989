import type { ApiError } from '../ApiError.js';
import { readFundsFigures } from '../store/readFundsFigures.js';
import { readQuotaFigures } from '../store/readQuotaFigures.js';
import type { MessageParams } from './ErrorMessage.js';
import { formatAmount } from './formatAmount.js';

/** The values copy may mention, read from a normalized error (figures from `details`, never server text). */
export function messageParams(error: ApiError): MessageParams {
  const params: MessageParams = { kind: error.kind };
  if (error.code !== undefined) params.code = error.code;
  if (error.status !== undefined) params.status = error.status;
  if (error.requestId !== undefined) params.requestId = error.requestId;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > 0) params.seconds = Math.ceil(error.retryAfterMs / 1000);
  if (error.kind === 'quota' || /quota/i.test(error.code ?? '')) Object.assign(params, readQuotaFigures(error.details, error.code));
  if (error.kind === 'insufficient_funds') {
    const funds = readFundsFigures(error.details);
    Object.assign(params, funds);
    if (funds.required !== undefined) params.requiredText = formatAmount(funds.required, funds.currency);
    if (funds.balance !== undefined) params.balanceText = formatAmount(funds.balance, funds.currency);
  }
  return params;
}

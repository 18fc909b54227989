import { pickNumber, pickWord } from './readNumber.js';

/** Figures an insufficient-funds error may carry ("This check costs 0.40 and your wallet has 0.12"). */
export interface FundsFigures {
  /** What the request would cost. */
  required?: number;
  /** What the wallet or balance holds now. */
  balance?: number;
  currency?: string;
}

const REQUIRED_KEYS = ['required', 'cost', 'price', 'amount', 'required_amount', 'requiredAmount', 'minimum', 'min_balance'];
const BALANCE_KEYS = ['balance', 'available', 'wallet', 'wallet_balance', 'walletBalance', 'current_balance', 'currentBalance'];
const CURRENCY_KEYS = ['currency', 'currency_code', 'currencyCode'];

/** Reads cost, balance and currency from an error's `details` when the server sent them. */
export function readFundsFigures(details: Record<string, unknown>): FundsFigures {
  const figures: FundsFigures = {};
  const required = pickNumber(details, REQUIRED_KEYS);
  const balance = pickNumber(details, BALANCE_KEYS);
  const currency = pickWord(details, CURRENCY_KEYS);
  if (required !== undefined) figures.required = required;
  if (balance !== undefined) figures.balance = balance;
  if (currency !== undefined) figures.currency = currency;
  return figures;
}

// Public exports of the retry layer, by name.
export { retryPolicy } from './retryPolicy.js';
export type { RetryPolicy, RetryPolicyOptions } from './retryPolicy.js';

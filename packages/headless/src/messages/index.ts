export { getErrorMessage } from './getErrorMessage.js';
export { kindMessages } from './kindMessages.js';
export { codeMessages, findCodeMessage } from './codeMessages.js';
export { messageParams } from './messageParams.js';
export type {
  CopySource,
  ErrorMessage,
  GetErrorMessageOptions,
  MessageOverride,
  MessageOverrides,
  MessageParams,
  TranslateFn,
} from './ErrorMessage.js';

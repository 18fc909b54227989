// @errata/ui: accessible React components for API errors. Styles: `@errata/ui/styles.css`.
export { CopyDetailsButton } from './CopyDetailsButton.js';
export type { CopyDetailsButtonProps } from './CopyDetailsButton.js';
export { ErrorFallback } from './ErrorFallback.js';
export type { ErrorFallbackProps } from './ErrorFallback.js';
export { FieldHint } from './FieldHint.js';
export type { FieldHintProps } from './FieldHint.js';
export { useCopyDetails } from './useCopyDetails.js';
export type { CopyDetails, CopyState, UseCopyDetailsOptions } from './useCopyDetails.js';
export { VisuallyHidden } from './VisuallyHidden.js';
export type { VisuallyHiddenProps } from './VisuallyHidden.js';

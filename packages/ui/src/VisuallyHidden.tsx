import type { ReactNode } from 'react';

/** Props of {@link VisuallyHidden}. */
export interface VisuallyHiddenProps {
  children: ReactNode;
}

/**
 * Text for screen readers only: hidden on screen, still read out (styled by `[data-errata-visually-hidden]`).
 *
 * @example
 * <VisuallyHidden>Error:</VisuallyHidden>
 */
export function VisuallyHidden({ children }: VisuallyHiddenProps) {
  return <span data-errata-visually-hidden="">{children}</span>;
}

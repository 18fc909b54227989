import { useContext, useEffect, useId, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { ErrataContext, getErrorMessage, normalizeError } from '@errata/headless';
import type { GetErrorMessageOptions } from '@errata/headless';
import { CopyDetailsButton } from './CopyDetailsButton.js';
import { InfoIcon } from './icons.js';

/**
 * Props of {@link ErrorFallback}. `messages` and `t` merge over the ones given to
 * `<ErrataProvider>`, when there is one.
 */
export interface ErrorFallbackProps extends GetErrorMessageOptions {
  /** What failed: an `ApiError` or anything `normalizeError` accepts. */
  error: unknown;
  /** Called by the Retry button; without it there is no Retry button. */
  onRetry?: () => void;
  /** Replaces the headline Errata picks for the error. */
  title?: string;
  /** Replaces the explanation Errata picks for the error. */
  description?: ReactNode;
  /**
   * Heading level, to fit the page's outline.
   * @defaultValue 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Move focus to the heading on mount: `'auto'` only when focus was lost (the focused element
   * was inside what failed and is gone), `true` always, `false` never.
   * @defaultValue 'auto'
   */
  focusOnMount?: 'auto' | boolean;
  /**
   * Retry button text.
   * @defaultValue 'Retry'
   */
  retryLabel?: string;
  /**
   * Text before the request id.
   * @defaultValue 'Request ID:'
   */
  requestIdLabel?: string;
  /** Extra actions after Retry and Copy details. */
  children?: ReactNode;
}

/**
 * Shown in place of what failed to load: neutral (a muted icon, no red), says what happened,
 * offers Retry and "Copy details", and shows the request id in small secondary text.
 * Server text is rendered as text, never as HTML. Renders nothing for an `aborted` error.
 *
 * @example
 * const query = useQuery({ queryKey: ['wallet'], queryFn });
 * if (query.isError) return <ErrorFallback error={query.error} onRetry={() => query.refetch()} />;
 */
export function ErrorFallback({
  error,
  onRetry,
  title,
  description,
  headingLevel = 2,
  focusOnMount = 'auto',
  retryLabel = 'Retry',
  requestIdLabel = 'Request ID:',
  messages,
  t,
  children,
}: ErrorFallbackProps) {
  // The provider's words apply app-wide; props win over them for this one fallback.
  const context = useContext(ErrataContext);
  const shared = context?.messages;
  const words = useMemo(() => (messages && shared ? { ...shared, ...messages } : (messages ?? shared)), [messages, shared]);
  const translate = t ?? context?.t;
  const apiError = useMemo(() => normalizeError(error), [error]);
  const copy = useMemo(() => getErrorMessage(apiError, { messages: words, t: translate }), [apiError, words, translate]);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const lost = typeof document !== 'undefined' && (document.activeElement === null || document.activeElement === document.body);
    if (focusOnMount === true || (focusOnMount === 'auto' && lost)) heading.current?.focus();
    // Only on mount: a later re-render must not steal focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (apiError.kind === 'aborted') return null;
  const Heading = `h${headingLevel}` as const;
  const text = description ?? copy.description;

  return (
    <section data-errata-error-fallback="" data-errata-kind={apiError.kind} aria-labelledby={headingId}>
      <InfoIcon />
      <div data-errata-body="">
        <Heading id={headingId} ref={heading} tabIndex={-1} data-errata-heading="" data-errata-focus-target="">
          {title ?? copy.title}
        </Heading>
        {text ? <p data-errata-description="">{text}</p> : null}
        <div data-errata-actions="">
          {onRetry ? (
            <button type="button" data-errata-button="primary" onClick={onRetry}>
              {retryLabel}
            </button>
          ) : null}
          <CopyDetailsButton error={apiError} />
          {children}
        </div>
        {apiError.requestId ? (
          <p data-errata-request-id="">
            {requestIdLabel} {apiError.requestId}
          </p>
        ) : null}
      </div>
    </section>
  );
}

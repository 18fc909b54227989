import { useCallback, useEffect, useRef, useState } from 'react';
import { toSupportReport } from '@errata/headless';

/** Where a copy attempt stands: `failed` means the app must offer the text to copy by hand. */
export type CopyState = 'idle' | 'copied' | 'failed';

/** What {@link useCopyDetails} returns. */
export interface CopyDetails {
  /** Copies the redacted support report to the clipboard. */
  copy: () => Promise<void>;
  state: CopyState;
  /** The redacted report of the last attempt (to show when the clipboard refuses). */
  report: string | undefined;
}

interface Attempt {
  error: unknown;
  state: CopyState;
  report: string;
}

/** Options of {@link useCopyDetails}. */
export interface UseCopyDetailsOptions {
  /**
   * How long "copied" shows before returning to idle, in ms.
   * @defaultValue 4000
   */
  resetAfterMs?: number;
}

/**
 * Copies an error's support report (`toSupportReport`: path, UTC time, request id, status, code,
 * body — secrets redacted) to the clipboard, and says whether it worked.
 *
 * @example
 * const { copy, state } = useCopyDetails(error);
 * <button onClick={copy}>{state === 'copied' ? 'Copied' : 'Copy details'}</button>
 */
export function useCopyDetails(error: unknown, options: UseCopyDetailsOptions = {}): CopyDetails {
  const { resetAfterMs = 4000 } = options;
  const [attempt, setAttempt] = useState<Attempt>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async () => {
    const report = toSupportReport(error);
    clearTimeout(timer.current);
    try {
      // The Clipboard API is missing on insecure origins and may be denied; both fall back to manual copy.
      if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(report);
      setAttempt({ error, state: 'copied', report });
      timer.current = setTimeout(() => setAttempt((last) => last && { ...last, state: 'idle' }), resetAfterMs);
    } catch {
      setAttempt({ error, state: 'failed', report });
    }
  }, [error, resetAfterMs]);

  // An attempt belongs to the error it copied: a new error starts idle.
  const current = attempt?.error === error ? attempt : undefined;
  return { copy, state: current?.state ?? 'idle', report: current?.report };
}

import { useId } from 'react';
import { useCopyDetails } from './useCopyDetails.js';

/** Props of {@link CopyDetailsButton}. */
export interface CopyDetailsButtonProps {
  /** The error whose redacted support report is copied. */
  error: unknown;
  /**
   * Button text.
   * @defaultValue 'Copy details'
   */
  label?: string;
  /**
   * Said (politely) once the report is on the clipboard.
   * @defaultValue 'Details copied'
   */
  copiedLabel?: string;
  /**
   * Label of the text area shown when the clipboard refuses, so the person can copy by hand.
   * @defaultValue 'Details for support'
   */
  manualLabel?: string;
}

/**
 * "Copy details": puts the redacted support report on the clipboard; when the browser refuses,
 * shows the same text in a read-only box to copy by hand. Never includes a secret.
 *
 * @example
 * <CopyDetailsButton error={error} />
 */
export function CopyDetailsButton({
  error,
  label = 'Copy details',
  copiedLabel = 'Details copied',
  manualLabel = 'Details for support',
}: CopyDetailsButtonProps) {
  const { copy, state, report } = useCopyDetails(error);
  const areaId = useId();
  return (
    <>
      <button type="button" data-errata-button="secondary" data-errata-copy-state={state} onClick={() => void copy()}>
        {label}
      </button>
      {/* Shown and announced once, outside the button's name, so the button keeps one stable label. */}
      <span role="status" data-errata-copy-status="">
        {state === 'copied' ? copiedLabel : null}
      </span>
      {state === 'failed' && report !== undefined ? (
        <div data-errata-manual-copy-wrapper="">
          <label htmlFor={areaId}>{manualLabel}</label>
          <textarea id={areaId} data-errata-manual-copy="" readOnly value={report} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
    </>
  );
}

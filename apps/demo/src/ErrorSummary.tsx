import { useEffect, useId, useRef } from 'react';
import type { SummaryItem } from '@errata/headless';

interface ErrorSummaryProps {
  items: readonly SummaryItem[];
  /** The input id a field's error links to; errors that name no field stay plain list items. */
  inputFor: (field: string) => string | undefined;
  /** Changes on each failed submit (the mutation's `submittedAt`), so focus moves there every time. */
  submittedAt: number;
}

/**
 * GOV.UK's error summary: "There is a problem" at the top of the form, focused after a failed submit,
 * each field error a link to its input, in the same words as the field hints.
 */
export function ErrorSummary({ items, inputFor, submittedAt }: ErrorSummaryProps) {
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [submittedAt]);
  return (
    <div ref={box} tabIndex={-1} data-demo-summary="" aria-labelledby={headingId}>
      <div role="alert">
        <h3 id={headingId}>There is a problem</h3>
        <ul>
          {items.map((item) => {
            const input = item.field === undefined ? undefined : inputFor(item.field);
            return <li key={`${item.field ?? ''}${item.message}`}>{input ? <a href={`#${input}`}>{item.message}</a> : item.message}</li>;
          })}
        </ul>
      </div>
    </div>
  );
}

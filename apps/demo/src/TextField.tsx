import { FieldHint } from '@errata/ui';

interface TextFieldProps {
  /** The input's id; the hint and the error hang off it. */
  id: string;
  label: string;
  hint: string;
  /** The server's words for this field, shown after a failed submit until the field is edited. */
  error?: string;
  type: 'email' | 'tel' | 'text';
  autoComplete: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled input with its hint and its error (GOV.UK order: label, hint, error, input), tied
 * together with `aria-describedby` and `aria-invalid`. What the person typed always stays.
 */
export function TextField({ id, label, hint, error, type, autoComplete, value, onChange }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div data-demo-field="">
      <label htmlFor={id}>{label}</label>
      <span id={hintId} data-demo-hint="">
        {hint}
      </span>
      <FieldHint id={errorId} error={error} />
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        data-errata-invalid=""
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

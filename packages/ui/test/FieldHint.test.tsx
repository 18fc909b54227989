import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeError } from '@errata/headless';
import { FieldHint } from '@errata/ui';

// Seed 002's validation error as the server sends it.
const leadError = normalizeError(
  { success: false, error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } } },
  { status: 400 },
);

function Field({ error }: { error?: Parameters<typeof FieldHint>[0]['error'] }) {
  return (
    <>
      <label htmlFor="email">Email address</label>
      <FieldHint id="email-error" error={error} />
      <input id="email" aria-invalid={error ? true : undefined} aria-describedby={error ? 'email-error' : undefined} />
    </>
  );
}

describe('FieldHint', () => {
  it("describes the input with the server's reason, prefixed by a hidden \"Error:\"", () => {
    render(<Field error={leadError.fields[0]} />);
    const input = screen.getByRole('textbox', { name: 'Email address' });
    expect(input).toHaveAccessibleDescription('Error: Invalid email format');
    expect(screen.getByText('Error:', { exact: false, selector: '[data-errata-visually-hidden]' })).toBeInTheDocument();
  });

  it('accepts plain text and lets children replace the words', () => {
    const { rerender } = render(<FieldHint id="hint" error="Enter an email address" />);
    expect(document.getElementById('hint')).toHaveTextContent('Error: Enter an email address');
    rerender(
      <FieldHint id="hint" error="Invalid email format" prefix="Erreur :">
        Saisissez une adresse e-mail
      </FieldHint>,
    );
    expect(document.getElementById('hint')).toHaveTextContent('Erreur : Saisissez une adresse e-mail');
  });

  it('renders nothing without a message', () => {
    const { container, rerender } = render(<FieldHint id="hint" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<FieldHint id="hint" error={{ field: 'email', message: '' }} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<FieldHint id="hint" error={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is not a live region, so a screen reader is not interrupted field by field', () => {
    render(<FieldHint id="hint" error="Enter an email address" />);
    const hint = document.getElementById('hint');
    expect(hint).not.toHaveAttribute('aria-live');
    expect(hint).not.toHaveAttribute('role');
  });

  it('renders server markup as text', () => {
    const { container } = render(<FieldHint id="hint" error={'<img src=x onerror="alert(1)">'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
  });
});

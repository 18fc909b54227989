import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { normalizeError } from '@errata/headless';
import type { FieldError } from '@errata/headless';
import { FieldHint } from './FieldHint.js';

// Seed 002's validation body, as the server sends it.
const leadError = normalizeError(
  { success: false, error: { code: 'VALIDATION_ERROR', message: 'Invalid request data', details: { field: 'email', reason: 'Invalid email format' } } },
  { status: 400 },
);

/** An input wired to its hint the way UI.md asks: label, hint, then the input. */
function EmailField({ error }: { error?: FieldError | string | null }) {
  const invalid = Boolean(typeof error === 'string' ? error : error?.message);
  return (
    <div style={{ display: 'grid', gap: 4, maxWidth: 360 }}>
      <label htmlFor="email">Email address</label>
      <FieldHint id="email-error" error={error} />
      <input
        id="email"
        type="email"
        defaultValue="ada"
        data-errata-invalid=""
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'email-error' : undefined}
      />
    </div>
  );
}

const meta = {
  title: 'Components/FieldHint',
  component: FieldHint,
  args: { id: 'email-error' },
  render: (args) => <EmailField error={args.error} />,
} satisfies Meta<typeof FieldHint>;
export default meta;
type Story = StoryObj<typeof meta>;

export const FromServerFieldError: Story = {
  args: { error: leadError.fields[0] },
  play: async ({ canvas }) => {
    const input = canvas.getByRole('textbox', { name: 'Email address' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Invalid email format');
    // What the person typed stays.
    await expect(input).toHaveValue('ada');
  },
};

export const NoErrorRendersNothing: Story = {
  args: { error: undefined },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).not.toHaveAttribute('aria-invalid');
    await expect(canvasElement.querySelector('[data-errata-field-hint]')).toBeNull();
  },
};

export const PlainText: Story = {
  args: { error: 'Enter an email address' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription('Error: Enter an email address');
  },
};

export const ServerMarkupStaysText: Story = {
  args: { error: '<img src=x onerror=alert(1)> must include an @' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('<img src=x onerror=alert(1)> must include an @', { exact: false })).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const LongMessageWraps: Story = {
  args: {
    error:
      'Email address must include an @ and a domain such as example.com, and must not be longer than 254 characters in total including the domain',
  },
};

export const Dark: Story = { args: { error: leadError.fields[0] }, globals: { theme: 'dark' } };

export const RightToLeft: Story = { args: { error: 'يجب أن يحتوي البريد الإلكتروني على @' }, globals: { dir: 'rtl' } };

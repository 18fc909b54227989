import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ACCOUNT_KEYS } from '../src/accountKeys.js';
import { expectNoAxeViolations } from './expectNoAxeViolations.js';
import { launchChromium } from './launchChromium.js';
import { startDemo, type RunningDemo } from './startDemo.js';

// Short server-side waits keep the run quick without sleeping in the test: the 503 outage asks for
// 1 s between retries, the forced 429 for 4 s.
let demo: RunningDemo;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  demo = await startDemo({ outageRetryAfterS: 1, rateLimitRetryAfterS: 4 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

beforeEach(async () => {
  demo.api.state.reset();
  pageErrors.length = 0;
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(demo.appUrl).origin });
  // Well under the test's own timeout, so a missing element fails with the locator that missed it.
  context.setDefaultTimeout(8_000);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(demo.appUrl);
  await page.getByText('9 of 10 domains watched.').waitFor();
  await page.getByText(/Balance: 1\.00 EUR/).waitFor();
});
afterEach(async () => {
  await context?.close();
  expect(pageErrors).toEqual([]);
});

const activeElement = () => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');

/** Presses "Copy details" inside `scope` and returns what reached the clipboard (or the manual-copy box). */
async function copyDetails(scope: ReturnType<Page['locator']>): Promise<string> {
  await scope.getByRole('button', { name: 'Copy details' }).click();
  await scope.locator('[data-errata-copy-state="copied"], [data-errata-copy-state="failed"]').waitFor();
  const state = await scope.getByRole('button', { name: 'Copy details' }).getAttribute('data-errata-copy-state');
  if (state === 'failed') return scope.locator('[data-errata-manual-copy]').inputValue();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('the demo in a real Chromium', () => {
  it('loads with every feature in place and no axe violations', async () => {
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Errata demo');
    expect(await page.getByRole('heading', { name: 'Create an account' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'loaded');
  });

  it('puts an invalid email under its field, marks it invalid and moves focus to the summary', async () => {
    const input = page.getByLabel('Email address');
    await input.fill('not-an-email');
    await page.getByRole('button', { name: /^Check/ }).click();
    const summary = page.locator('[data-demo-summary]');
    await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    const hintId = (await input.getAttribute('aria-describedby'))?.split(' ').at(-1) ?? '';
    const hint = page.locator(`[id="${hintId}"]`);
    expect(await hint.innerText()).toMatch(/^Error:\s+\S/);
    expect(await summary.getByRole('link').innerText()).toBe((await hint.innerText()).replace(/^Error:\s+/, ''));
    expect(await activeElement()).toContain('data-demo-summary');
    expect(await input.inputValue()).toBe('not-an-email');
    await expectNoAxeViolations(page, 'invalid email');

    // Editing the field clears its error at once.
    await input.fill('ada@example.com');
    expect(await input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows a critical funds banner with the figures when the wallet runs out, and clears it after a top-up', async () => {
    const input = page.getByLabel('Email address');
    await input.fill('ada@example.com');
    const check = page.getByRole('button', { name: /^Check/ });
    for (const balance of ['0.60', '0.20']) {
      await check.click();
      await page.getByText(`Balance: ${balance} EUR`).waitFor();
    }
    await check.click();
    const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /funds/i }) });
    await banner.waitFor();
    expect(await banner.getAttribute('data-demo-banner')).toBe('critical');
    const text = await banner.innerText();
    expect(text).toContain('0.40');
    expect(text).toContain('0.20');
    expect(await activeElement()).toContain('data-demo-banner="critical"');
    expect(await input.inputValue()).toBe('ada@example.com');
    await expectNoAxeViolations(page, 'insufficient funds');

    await banner.getByRole('button', { name: 'Add funds' }).click();
    await page.getByText('Balance: 5.20 EUR').waitFor();
    await banner.waitFor({ state: 'detached' });
  });

  it('shows the rate-limit banner with a silent role=timer countdown that ends by itself', async () => {
    await page.getByLabel('Account email').fill('error@429.com');
    await page.getByRole('button', { name: 'Create account' }).click();
    const timer = page.getByRole('timer');
    await timer.waitFor();
    expect(await timer.getAttribute('aria-live')).toBe('off');
    expect(await timer.innerText()).toMatch(/^0:0[1-4]$/);
    expect(await page.getByText('Too many requests. Requests will resume by themselves.').count()).toBe(1);

    // Pressed early, the submit is not sent: it says how long is left.
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/You can try again in \d s\./).waitFor();
    await expectNoAxeViolations(page, 'rate limited');

    await timer.waitFor({ state: 'detached', timeout: 8_000 });
    await page.getByText('You can try again now.').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'rate limit over');
  });

  it('shows the quota banner with "used X of Y" when the watchlist is full', async () => {
    const input = page.getByLabel('Domain to watch');
    await input.fill('new.test');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await page.getByText('10 of 10 domains watched.').waitFor();
    await input.fill('one-more.test');
    await page.getByRole('button', { name: 'Add domain' }).click();
    const banner = page.locator('[data-demo-banner]').filter({ hasText: /used 10 of 10/ });
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/You've used 10 of 10 domains/);
    await expectNoAxeViolations(page, 'quota');
  });

  it('shows one toast with Retry when a background refetch meets a 503, and drops it after recovery', async () => {
    await page.getByLabel('503 Service unavailable').check();
    const toasts = page.locator('[data-demo-toast]');
    // The wallet and the watchlist both fail the same way, after their retries: one toast, counted twice.
    await page.getByText('(2 times)').waitFor({ timeout: 10_000 });
    expect(await toasts.count()).toBe(1);
    const toast = toasts.first();
    expect(await toast.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    expect(await toast.locator('div[role="status"]').innerText()).toMatch(/trouble connecting/);
    // The data already shown stays in place.
    expect(await page.getByText('Balance: 1.00 EUR').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'background outage');

    const report = await copyDetails(toast);
    expect(report).toMatch(/503/);
    expect(report.toLowerCase()).not.toContain('x-api-key');

    await page.getByLabel('Healthy').check();
    await toasts.first().waitFor({ state: 'detached', timeout: 10_000 });
    await expectNoAxeViolations(page, 'recovered');
  });

  it('shows the offline banner while the browser is offline, then says "Back online"', async () => {
    await context.setOffline(true);
    const banner = page.getByText("You're offline.", { exact: false });
    await banner.waitFor();
    await expectNoAxeViolations(page, 'offline');
    await context.setOffline(false);
    await banner.waitFor({ state: 'detached' });
    await page.getByText('Back online').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'back online');
  });

  it("puts seed 001's test emails where they belong: 400 under the field, 404 beside the form", async () => {
    const input = page.getByLabel('Account email');
    const create = page.getByRole('button', { name: 'Create account' });
    await input.fill('error@400.com');
    await create.click();
    await page.locator('[data-demo-summary]').getByRole('link', { name: 'Invalid email: must be a valid email address' }).waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await activeElement()).toContain('data-demo-summary');
    await expectNoAxeViolations(page, 'account email refused');

    await input.fill('error@404.com');
    await create.click();
    const failure = page.locator('[data-demo-error]');
    await failure.getByRole('alert').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('[data-demo-summary]').count()).toBe(0);

    await input.fill('ada@example.com');
    await create.click();
    await page.getByText('Account acct_0001 created for ada@example.com.').waitFor();
    expect(await failure.count()).toBe(0);
  });

  it('never puts the API key into "Copy details", even for the key the server refused', async () => {
    await page.getByLabel('API key').selectOption('error_401');
    await page.getByLabel('Account email').fill('ada@example.com');
    await page.getByRole('button', { name: 'Create account' }).click();
    const failure = page.locator('[data-demo-error]');
    await failure.getByRole('alert').filter({ hasText: 'This API key was refused' }).waitFor();
    await expectNoAxeViolations(page, 'refused key');
    const report = await copyDetails(failure);
    expect(report).toMatch(/401/);
    for (const key of Object.values(ACCOUNT_KEYS)) expect(report).not.toContain(key);
    expect(report).not.toMatch(/eyJhbGci/);
    expect(await failure.innerText()).not.toMatch(/eyJhbGci/);
  });
});

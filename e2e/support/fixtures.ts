import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { luhnCheckDigit } from '@motesplats/contracts';

/** WCAG 2.1 AA, as axe-core tests it: no violations on the page as it stands now. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

let counter = 0;
/** A unique e-mail address per call, so tests running in parallel never collide. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}.${Date.now()}.${process.pid}.${counter++}@example.org`;
}

/** A valid, random organisation number (Luhn check digit), unlikely to be taken. */
export function uniqueOrgNumber(): string {
  const nine = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

/** Every demo account's password (apps/api/src/db/seed/demo-data.ts). */
export const DEMO_PASSWORD = 'motesplats-demo';

/** Signs a demo account in through the sign-in page, in the page's own browser context. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut', exact: true })).toBeVisible();
}

/** A new browser context (its own cookies: another person), signed in. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

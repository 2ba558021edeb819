import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
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

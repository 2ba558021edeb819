import AxeBuilder from '@axe-core/playwright';
import { luhnCheckDigit } from '@motesplats/contracts';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { E2E_ADMIN } from './admin';
import { Api } from './api';

export { expect };

/** Someone using the app: an account, signed in, with a browser context of their own. */
export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
  context: BrowserContext;
  /** Signed in: the page shares its cookies with `api`. */
  page: Page;
  api: Api;
}

export interface People {
  /** A new account, registered through the API (as the register page does) and signed in. */
  register(name: string, options?: { locale?: 'sv' | 'en' }): Promise<Person>;
  /** The run's administrator (every curator right), signed in through the API. */
  administrator(): Promise<Person>;
  /** Someone without an account. */
  stranger(): Promise<Page>;
}

let counter = 0;
/** Digits unique to this call in the whole run (several worker processes), also a search word. */
export function uniqueTag(): string {
  return `${String(Date.now()).slice(-7)}${String(process.pid % 1000).padStart(3, '0')}${counter++}`;
}

/** A unique e-mail address per call, so tests running in parallel never collide. */
export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}.${uniqueTag()}@example.org`;
}

/** A valid, random organisation number (Luhn check digit), unlikely to be taken. */
export function uniqueOrgNumber(): string {
  const nine = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  return `${nine}${luhnCheckDigit(nine)}`;
}

/**
 * Every journey makes the people and things it needs (support/factories.ts) and shares nothing
 * with other journeys, so they run in any order and in parallel. `admin` is the run's
 * administrator over the API only, for set-up that needs a curator (verifying an organisation);
 * one session per worker.
 */
export const test = base.extend<{ people: People }, { admin: Api }>({
  people: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    const open = async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return { context, page: await context.newPage(), api: new Api(context.request) };
    };
    await use({
      async register(name, options = {}) {
        const { context, page, api } = await open();
        const email = uniqueEmail();
        const password = `lösenord för ${email}`;
        const me = await api.register({ email, password, name, ...options });
        return { id: me.user.id, name, email, password, context, page, api };
      },
      async administrator() {
        const { context, page, api } = await open();
        const me = await api.signIn(E2E_ADMIN.email, E2E_ADMIN.password);
        return { id: me.user.id, name: me.user.name, ...E2E_ADMIN, context, page, api };
      },
      async stranger() {
        return (await open()).page;
      },
    });
    await Promise.all(contexts.map((context) => context.close()));
  },

  admin: [
    async ({ playwright }, use, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const api = new Api(request);
      await api.signIn(E2E_ADMIN.email, E2E_ADMIN.password);
      await use(api);
      await request.dispose();
    },
    { scope: 'worker' },
  ],
});

/** WCAG 2.1 AA, as axe-core tests it: no violations on the page as it stands now. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Signs in through the sign-in page, in the page's own browser context. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut', exact: true })).toBeVisible();
}

import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, uniqueEmail } from '../support/fixtures';

const PUBLIC_PAGES = ['/', '/sign-in', '/register', '/forgot-password', '/organisations', '/dev/mail', '/no-such-page'];
const SIGNED_IN_PAGES = ['/account', '/organisations/new'];

async function useEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

for (const locale of ['sv', 'en'] as const) {
  test(`every public page has one heading and no axe violations (${locale})`, async ({ page }) => {
    await page.goto('/');
    if (locale === 'en') await useEnglish(page);
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
    }
  });

  test(`the signed-in pages and an organisation page have no axe violations (${locale})`, async ({ page }) => {
    // page.request shares the page's cookies: registering through the API signs the page in.
    const registered = await page.request.post('/api/v1/auth/register', {
      data: { email: uniqueEmail('pages'), password: 'ett långt lösenord', name: 'Tove Sand' },
    });
    expect(registered.status()).toBe(201);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
    if (locale === 'en') await useEnglish(page);
    for (const path of SIGNED_IN_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
    }
    await page.goto('/organisations');
    await page.getByRole('link', { name: 'Hyresgästföreningen' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hyresgästföreningen' })).toBeVisible();
    await expectAccessible(page);
  });
}

test('the home page shows the four focus areas and the labs from the database', async ({ page }) => {
  await page.goto('/');
  for (const area of ['Arbetslöshet', 'Skolresultat', 'Samhällsservice', 'Brottslighet']) {
    await expect(page.getByRole('heading', { name: area })).toBeVisible();
  }
  for (const lab of ['Portalen', 'Rannebergen', 'Lina Hage']) {
    await expect(page.getByRole('heading', { name: new RegExp(lab) }).first()).toBeVisible();
  }
});

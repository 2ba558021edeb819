import type { Page } from '@playwright/test';
import { createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

const PUBLIC_PAGES = [
  '/',
  '/sign-in',
  '/register',
  '/forgot-password',
  '/organisations',
  '/methods',
  '/methods/framtidsverkstad',
  '/national-overview',
  '/dev/mail',
  '/no-such-page',
];
const SIGNED_IN_PAGES = ['/account', '/organisations/new'];

async function useEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

for (const locale of ['sv', 'en'] as const) {
  test(`every public page has one heading and no axe violations (${locale})`, async ({ page }) => {
    // Many pages, each loaded and checked with axe.
    test.slow();
    await page.goto('/');
    if (locale === 'en') await useEnglish(page);
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
    }
  });

  test(`the signed-in pages and an organisation page have no axe violations (${locale})`, async ({ people, admin }) => {
    // Someone else's organisation, as any signed-in reader sees it.
    const other = await people.register('Leila Haddad');
    const organisation = await createOrganisation(other.api, {
      kind: 'LOCAL_ACTOR',
      actorType: 'STUDY_ASSOCIATION',
      name: `Studieförbundet Sand ${uniqueTag()}`,
      municipalityCode: '1280',
      description: 'Studiecirklar i svenska och samhällskunskap.',
    });
    await verifyOrganisation(admin, organisation);
    const { page } = await people.register('Tove Sand');
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();
    if (locale === 'en') await useEnglish(page);
    for (const path of SIGNED_IN_PAGES) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expectAccessible(page);
    }
    await page.goto(`/organisations?q=${encodeURIComponent(organisation.name)}`);
    await page.getByRole('link', { name: organisation.name }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: organisation.name })).toBeVisible();
    await expectAccessible(page);
  });
}

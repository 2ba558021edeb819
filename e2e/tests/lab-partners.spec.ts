import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from '../support/fixtures';

const HOUSING_OWNER = 'helena.sjoberg@demo.motesplats.se'; // Hyresbostäder i Norrköping, lab Portalen
const PARTNER = 'Hageby Idrottsallians';

async function editPortalen(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Redigera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera labbet' })).toBeVisible();
}

test('a housing company adds a partner to its lab with a role, and removes it again', async ({ page }) => {
  const role = `Öppen träning på lördagar ${Date.now()}`.slice(0, 60);
  await signIn(page, HOUSING_OWNER);

  await page.goto('/labs');
  await page.getByRole('link', { name: 'Portalen', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portalen' })).toBeVisible();
  const partnersOnLabPage = page.getByRole('region', { name: 'Partner' });
  await expect(partnersOnLabPage.getByText(PARTNER)).toHaveCount(0);
  const partnersBefore = await partnersOnLabPage.getByRole('listitem').count();

  // Add the partner, keyboard only once the search has found it.
  await editPortalen(page);
  const partners = page.getByRole('group', { name: 'Partner' });
  await expect(partners.getByRole('list', { name: 'Labbets partner' }).getByRole('listitem')).toHaveCount(
    partnersBefore,
  );
  await expectAccessible(page);
  await partners.getByRole('searchbox', { name: 'Sök organisation att lägga till' }).fill('Hageby Idrottsallians');
  const addButton = partners.getByRole('button', { name: `Lägg till ${PARTNER}` });
  await addButton.focus();
  await page.keyboard.press('Enter');
  await expect(partners.getByRole('status').filter({ hasText: `${PARTNER} är tillagd som partner.` })).toBeAttached();
  const roleInput = partners.getByLabel(`Roll i labbet – ${PARTNER}`);
  await expect(roleInput).toBeFocused();
  await page.keyboard.type(role);
  await expect(partners.getByRole('button', { name: `Ta bort partnern ${PARTNER}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Portalen' })).toBeVisible();
  const added = partnersOnLabPage.getByRole('listitem').filter({ hasText: PARTNER });
  await expect(added).toContainText(role);
  await expect(partnersOnLabPage.getByRole('listitem')).toHaveCount(partnersBefore + 1);

  // Remove it again; the other partners stay.
  await editPortalen(page);
  await expect(partners.getByLabel(`Roll i labbet – ${PARTNER}`)).toHaveValue(role);
  await partners.getByRole('button', { name: `Ta bort partnern ${PARTNER}` }).click();
  await expect(partners.getByRole('searchbox', { name: 'Sök organisation att lägga till' })).toBeFocused();
  await expect(partners.getByRole('status').filter({ hasText: `${PARTNER} är borttagen som partner.` })).toBeAttached();
  await expect(partners.getByRole('list', { name: 'Labbets partner' }).getByText(PARTNER)).toHaveCount(0);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Portalen' })).toBeVisible();
  await expect(partnersOnLabPage.getByText(PARTNER)).toHaveCount(0);
  await expect(partnersOnLabPage.getByRole('listitem')).toHaveCount(partnersBefore);
});

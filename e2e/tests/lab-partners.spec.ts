import type { Page } from '@playwright/test';
import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

const NORRKOPING = '0581';

async function editLab(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Redigera', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera labbet' })).toBeVisible();
}

test('a housing company adds a partner to its lab with a role, and removes it again', async ({ people, admin }) => {
  const tag = uniqueTag();
  const labName = `Portalen ${tag}`;
  const partner = `Hageby Idrottsallians ${tag}`;
  const role = `Öppen träning på lördagar ${tag}`;
  const owner = await people.register('Hanna Berg');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder ${tag}`,
    municipalityCode: NORRKOPING,
  });
  // The lab already has a partner, which must stay; the one to add belongs to someone else.
  const partnerOwner = await people.register('Ali Hassan');
  const existing = await createOrganisation(partnerOwner.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'MUNICIPAL_UNIT',
    name: `Norrköpings kommun ${tag}`,
    municipalityCode: NORRKOPING,
  });
  const added = await createOrganisation(partnerOwner.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: partner,
    municipalityCode: NORRKOPING,
  });
  // Verified, as organisations in a running lab would be; it also keeps the curators' queue short.
  for (const organisation of [company, existing, added]) await verifyOrganisation(admin, organisation);
  await createLab(owner.api, company, {
    name: labName,
    neighbourhood: 'Hageby och Ringdansen',
    municipalityCode: NORRKOPING,
    focusAreas: ['UNEMPLOYMENT'],
    partners: [{ organisationId: existing.id, role: 'Jobbcoacher på plats' }],
    status: 'ACTIVE',
  });
  const page = owner.page;

  await page.goto('/labs');
  await page.getByRole('link', { name: labName, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: labName })).toBeVisible();
  const partnersOnLabPage = page.getByRole('region', { name: 'Partner' });
  await expect(partnersOnLabPage.getByText(partner)).toHaveCount(0);
  const partnersBefore = 1;
  await expect(partnersOnLabPage.getByRole('listitem')).toHaveCount(partnersBefore);

  // Add the partner, keyboard only once the search has found it.
  await editLab(page);
  const partners = page.getByRole('group', { name: 'Partner' });
  await expect(partners.getByRole('list', { name: 'Labbets partner' }).getByRole('listitem')).toHaveCount(
    partnersBefore,
  );
  await expectAccessible(page);
  await partners.getByRole('searchbox', { name: 'Sök organisation att lägga till' }).fill(partner);
  const addButton = partners.getByRole('button', { name: `Lägg till ${partner}` });
  await addButton.focus();
  await page.keyboard.press('Enter');
  await expect(partners.getByRole('status').filter({ hasText: `${partner} är tillagd som partner.` })).toBeAttached();
  const roleInput = partners.getByLabel(`Roll i labbet – ${partner}`);
  await expect(roleInput).toBeFocused();
  await page.keyboard.type(role);
  await expect(partners.getByRole('button', { name: `Ta bort partnern ${partner}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: labName })).toBeVisible();
  await expect(partnersOnLabPage.getByRole('listitem').filter({ hasText: partner })).toContainText(role);
  await expect(partnersOnLabPage.getByRole('listitem')).toHaveCount(partnersBefore + 1);

  // Remove it again; the other partners stay.
  await editLab(page);
  await expect(partners.getByLabel(`Roll i labbet – ${partner}`)).toHaveValue(role);
  await partners.getByRole('button', { name: `Ta bort partnern ${partner}` }).click();
  await expect(partners.getByRole('searchbox', { name: 'Sök organisation att lägga till' })).toBeFocused();
  await expect(partners.getByRole('status').filter({ hasText: `${partner} är borttagen som partner.` })).toBeAttached();
  await expect(partners.getByRole('list', { name: 'Labbets partner' }).getByText(partner)).toHaveCount(0);
  await page.getByRole('button', { name: 'Spara ändringarna' }).click();

  await expect(page.getByRole('heading', { level: 1, name: labName })).toBeVisible();
  await expect(partnersOnLabPage.getByText(partner)).toHaveCount(0);
  await expect(partnersOnLabPage.getByRole('listitem')).toHaveCount(partnersBefore);
});

import { createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueEmail, uniqueTag } from '../support/fixtures';

test('an owner invites a colleague, who registers from the e-mailed link and joins', async ({ people, admin }) => {
  const colleague = uniqueEmail('kollega');
  const organisationName = `Hyresbostäder i Norrköping ${uniqueTag()}`;
  const { page: owner, api } = await people.register('Helga Holm');
  const organisation = await createOrganisation(api, {
    kind: 'HOUSING_COMPANY',
    name: organisationName,
    municipalityCode: '0581',
  });
  // Verified, as a real company would be by now; it also keeps the curators' queue short.
  await verifyOrganisation(admin, organisation);

  await owner.goto('/');
  await owner.getByRole('link', { name: 'Mitt konto' }).click();
  await owner.getByRole('link', { name: organisationName }).click();
  await expect(owner.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expectAccessible(owner);

  await owner.getByLabel('E-postadress').fill(colleague);
  await owner.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(owner.getByText(`Inbjudan är skickad till ${colleague}.`)).toBeVisible();
  await expect(owner.getByRole('listitem').filter({ hasText: colleague })).toBeVisible();
  await expectAccessible(owner);

  // The e-mail is sent by the job queue, a moment after the answer.
  await owner.goto('/dev/mail');
  const mail = owner.getByRole('article').filter({ hasText: colleague }).first();
  await expect(async () => {
    await owner.getByRole('button', { name: 'Hämta nya meddelanden' }).click();
    await expect(mail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  // The invitation speaks Swedish and English, so the link stands twice.
  const href = await mail
    .getByRole('link', { name: /invitations/ })
    .first()
    .getAttribute('href');
  expect(href).toBeTruthy();

  const guest = await people.stranger();
  await guest.goto(href ?? '');
  await expect(guest.getByRole('heading', { level: 1, name: `Inbjudan till ${organisationName}` })).toBeVisible();
  await expectAccessible(guest);
  await guest.getByRole('link', { name: 'Skapa konto och tacka ja' }).click();
  await guest.getByLabel('Namn').fill('Olle Kollega');
  await guest.getByLabel('E-postadress').fill(colleague);
  await guest.getByLabel('Lösenord', { exact: true }).fill('kollegans lösenord');
  await guest.getByRole('button', { name: 'Skapa konto' }).click();
  await guest.getByRole('button', { name: `Tacka ja och gå med i ${organisationName}` }).click();
  await expect(guest.getByText(`Välkommen! Du är nu med i ${organisationName}.`)).toBeVisible();
  await expectAccessible(guest);

  // The owner sees the new member, and the invitation is no longer pending.
  await owner.goBack();
  await owner.reload();
  await expect(owner.getByRole('listitem').filter({ hasText: 'Olle Kollega' })).toBeVisible();
  await expect(owner.getByText('Inga obesvarade inbjudningar.')).toBeVisible();
});

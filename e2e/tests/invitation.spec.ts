import { expect, test } from '@playwright/test';
import { expectAccessible, uniqueEmail } from '../support/fixtures';

const OWNER = { email: 'helena.sjoberg@demo.motesplats.se', password: 'motesplats-demo' };
const ORGANISATION = 'Hyresbostäder i Norrköping';

test('an owner invites a colleague, who registers from the e-mailed link and joins', async ({ browser }) => {
  const colleague = uniqueEmail('kollega');

  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await owner.goto('/sign-in');
  await owner.getByLabel('E-postadress').fill(OWNER.email);
  await owner.getByLabel('Lösenord').fill(OWNER.password);
  await owner.getByRole('button', { name: 'Logga in' }).click();
  await owner.getByRole('link', { name: 'Mitt konto' }).click();
  await owner.getByRole('link', { name: ORGANISATION }).click();
  await expect(owner.getByRole('heading', { level: 1, name: ORGANISATION })).toBeVisible();
  await expectAccessible(owner);

  await owner.getByLabel('E-postadress').fill(colleague);
  await owner.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(owner.getByText(`Inbjudan är skickad till ${colleague}.`)).toBeVisible();
  await expect(owner.getByRole('listitem').filter({ hasText: colleague })).toBeVisible();
  await expectAccessible(owner);

  await owner.goto('/dev/mail');
  const mail = owner.getByRole('article').filter({ hasText: colleague }).first();
  // The invitation speaks Swedish and English, so the link stands twice.
  const href = await mail
    .getByRole('link', { name: /invitations/ })
    .first()
    .getAttribute('href');
  expect(href).toBeTruthy();

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  await guest.goto(href ?? '');
  await expect(guest.getByRole('heading', { level: 1, name: `Inbjudan till ${ORGANISATION}` })).toBeVisible();
  await expectAccessible(guest);
  await guest.getByRole('link', { name: 'Skapa konto och tacka ja' }).click();
  await guest.getByLabel('Namn').fill('Olle Kollega');
  await guest.getByLabel('E-postadress').fill(colleague);
  await guest.getByLabel('Lösenord', { exact: true }).fill('kollegans lösenord');
  await guest.getByRole('button', { name: 'Skapa konto' }).click();
  await guest.getByRole('button', { name: `Tacka ja och gå med i ${ORGANISATION}` }).click();
  await expect(guest.getByText(`Välkommen! Du är nu med i ${ORGANISATION}.`)).toBeVisible();
  await expectAccessible(guest);

  // The owner sees the new member, and the invitation is no longer pending.
  await owner.goBack();
  await owner.reload();
  await expect(owner.getByRole('listitem').filter({ hasText: 'Olle Kollega' })).toBeVisible();
  await expect(owner.getByText('Inga obesvarade inbjudningar.')).toBeVisible();
  await guestContext.close();
  await ownerContext.close();
});

import { expect, expectAccessible, test, uniqueEmail } from '../support/fixtures';

test('a user who forgot the password gets a link by e-mail and chooses a new one', async ({ page, request }) => {
  const email = uniqueEmail('reset');
  const registered = await request.post('/api/v1/auth/register', {
    data: { email, password: 'det gamla lösenordet', name: 'Lina Ek' },
  });
  expect(registered.status()).toBe(201);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
  await expectAccessible(page);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByRole('button', { name: 'Skicka länk' }).click();
  await expect(page.getByText(`Om det finns ett konto för ${email} har vi skickat en länk dit.`)).toBeVisible();

  // The e-mail is sent by the job queue, a moment after the answer.
  await page.goto('/dev/mail');
  await expectAccessible(page);
  const mail = page.getByRole('article').filter({ hasText: email }).first();
  await expect(async () => {
    await page.getByRole('button', { name: 'Hämta nya meddelanden' }).click();
    await expect(mail).toContainText('Återställ ditt lösenord', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const href = await mail.getByRole('link', { name: /reset-password/ }).getAttribute('href');
  expect(href).toBeTruthy();

  await page.goto(href ?? '');
  await expect(page.getByRole('heading', { level: 1, name: 'Välj nytt lösenord' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Nytt lösenord').fill('ett splitter nytt lösenord');
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await expect(page.getByText('Ditt lösenord är bytt. Logga in med det nya lösenordet.')).toBeVisible();

  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill('ett splitter nytt lösenord');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();

  // The link works once.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.goto(href ?? '');
  await page.getByLabel('Nytt lösenord').fill('ännu ett nytt lösenord');
  await page.getByRole('button', { name: 'Spara nytt lösenord' }).click();
  await expect(page.getByText('Länken har redan använts eller gått ut. Begär en ny länk.')).toBeVisible();
});

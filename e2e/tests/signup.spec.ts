import { expect, expectAccessible, test, uniqueEmail, uniqueOrgNumber, uniqueTag } from '../support/fixtures';

test('a new user registers, creates an organisation, signs out, signs in and switches language', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('signup');
  const password = 'ett långt lösenord';
  const organisationName = `Bostäder i Kiruna ${uniqueTag()}`;

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mötesplats för allmännyttans innovationslabb');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Konto' }).getByRole('link', { name: 'Skapa konto' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skapa konto' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Namn').fill('Kerstin Lund');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByText('Välkommen! Ditt konto är skapat och du är inloggad.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Logga ut' })).toBeVisible();

  await page.getByRole('link', { name: 'Registrera organisation' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera organisation' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Bostadsbolag').check();
  await page.getByLabel('Organisationens namn').fill(organisationName);
  await page.getByLabel('Organisationsnummer').fill(uniqueOrgNumber());
  await page.getByLabel('Kommun').selectOption({ label: 'Kiruna' });
  await page.getByRole('button', { name: 'Registrera organisationen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
  await expect(page.getByText('Din roll i organisationen: Ägare.')).toBeVisible();
  await expect(page.getByText('Väntar på verifiering').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByText('Du är utloggad.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Konto' }).getByRole('link', { name: 'Logga in' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Konto' }).getByRole('link', { name: 'Logga in' }).click();
  await expectAccessible(page);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Du är inloggad.')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expectAccessible(page);

  // Remembered on the account: a new browser that signs in gets English at once.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto('/sign-in');
  await second.getByLabel('E-postadress').fill(email);
  await second.getByLabel('Lösenord').fill(password);
  await second.getByRole('button', { name: 'Logga in' }).click();
  await expect(second.locator('html')).toHaveAttribute('lang', 'en');
  await expect(second.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await second.getByRole('link', { name: 'My account' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
  await expect(second.getByRole('link', { name: organisationName })).toBeVisible();
  await expectAccessible(second);
  await other.close();
});

test('registration errors are shown inline, in the reader’s language, and announced', async ({ page }) => {
  await page.goto('/register');
  await page.getByLabel('Namn').fill('Per');
  await page.getByLabel('E-postadress').fill('inte-en-adress');
  await page.getByLabel('Lösenord', { exact: true }).fill('kort');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Det finns något att rätta');
  await expect(page.getByLabel('E-postadress')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Lösenordet måste ha minst 10 tecken.').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('alert')).toContainText('The password must have at least 10 characters.');
  await expectAccessible(page);
});

test('a language chosen before the session has loaded is kept and saved on the account', async ({ page }) => {
  const email = uniqueEmail('language');
  // page.request shares the page's cookies: registering through the API signs the page in (Swedish).
  const registered = await page.request.post('/api/v1/auth/register', {
    data: { email, password: 'ett långt lösenord', name: 'Nils Ek' },
  });
  expect(registered.status()).toBe(201);

  // The session answers only after the reader has clicked: a slow network, not a different answer.
  let releaseSession: () => void = () => undefined;
  const sessionHeld = new Promise<void>((resolve) => (releaseSession = resolve));
  await page.route('**/api/v1/auth/session', async (route) => {
    if (route.request().method() === 'GET') await sessionHeld;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  releaseSession();

  await expect(page.getByText('Signed in as Nils Ek')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect
    .poll(
      async () =>
        ((await (await page.request.get('/api/v1/auth/me')).json()) as { user: { locale: string } }).user.locale,
    )
    .toBe('en');
});

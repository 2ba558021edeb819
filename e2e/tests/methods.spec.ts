import { expect, expectAccessible, test } from '../support/fixtures';

test('a visitor finds a method, its steps, what it takes, and the evidence behind it', async ({ people }) => {
  const page = await people.stranger();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Metoder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Metoder' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Framtidsverkstad' }) });
  await expect(card.getByText('Prövad med resultat på flera orter')).toBeVisible();
  await expectAccessible(page);

  await card.getByRole('link', { name: 'Framtidsverkstad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Framtidsverkstad' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Så gör ni' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Vad som behövs' })).toBeVisible();
  const uses = page.getByRole('region', { name: 'Där metoden har använts' });
  await expect(uses.getByRole('link', { name: 'Vårt Rannebergen' })).toBeVisible();
  const activities = uses.getByRole('article', { name: 'Ungdomsaktiviteter under året' });
  await expect(activities.getByRole('table').getByRole('cell').first()).toHaveText('100 aktiviteter');
  await expectAccessible(page);
});

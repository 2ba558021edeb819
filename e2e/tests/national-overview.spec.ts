import { expect, expectAccessible, test } from '../support/fixtures';

test('a visitor reads the national overview as tables; a curator also sees the gaps', async ({ people }) => {
  const page = await people.stranger();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Läget i landet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Läget i landet' })).toBeVisible();
  const areas = page.getByRole('table', { name: 'Per fokusområde' });
  await expect(areas.getByRole('row', { name: /Arbetslöshet/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Per län' }).getByRole('row', { name: /Östergötlands län/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Att ta tag i' })).toHaveCount(0);
  await expectAccessible(page);

  const curator = await people.administrator();
  await curator.page.goto('/national-overview');
  await expect(curator.page.getByRole('heading', { level: 2, name: 'Att ta tag i' })).toBeVisible();
  await expect(
    curator.page.getByRole('heading', { level: 3, name: 'Matchningar som har väntat längst' }),
  ).toBeVisible();
  await expectAccessible(curator.page);
});

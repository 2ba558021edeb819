import { expect, expectAccessible, test } from '../support/fixtures';

test('a visitor reads the national overview as tables; a curator also sees the gaps', async ({ people }) => {
  // Two readers, each page checked by axe over ten charts and their tables.
  test.slow();
  const page = await people.stranger();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Läget i landet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Läget i landet' })).toBeVisible();
  const areas = page.getByRole('table', { name: 'Per fokusområde', exact: true });
  await expect(areas.getByRole('row', { name: /Arbetslöshet/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Per län', exact: true }).getByRole('row', { name: /Östergötlands län/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Att ta tag i' })).toHaveCount(0);

  // Beside the tables, charts: each a figure named by its title, its picture described by a
  // summary in words, its figures also in a table.
  const labsByArea = page.getByRole('figure', { name: 'Diagram: Labb per fokusområde' });
  await expect(labsByArea.getByRole('img', { name: 'Diagram: Labb per fokusområde' })).toHaveAccessibleDescription(
    /^Labb: flest i .+ \(\d+\), totalt \d+\.$/,
  );
  await expect(labsByArea).toContainText('Arbetslöshet');
  await expect(
    page.getByRole('figure', { name: 'Diagram: Redovisade resultat per län' }).getByRole('img'),
  ).toContainText('Östergötlands län');
  const states = page.getByRole('figure', { name: 'Diagram: matchningar per läge och fokusområde' });
  await expect(states.getByRole('img')).toHaveAccessibleDescription(/^Matchningar per läge: .*genomförd \d+/);
  await expect(
    states
      .getByRole('table', { name: 'Matchningar per läge per fokusområde' })
      .getByRole('row', { name: /Arbetslöshet/ }),
  ).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Diagram: matchningar per läge och län' })).toBeVisible();
  await expectAccessible(page);

  const curator = await people.administrator();
  await curator.page.goto('/national-overview');
  await expect(curator.page.getByRole('heading', { level: 2, name: 'Att ta tag i' })).toBeVisible();
  await expect(
    curator.page.getByRole('heading', { level: 3, name: 'Matchningar som har väntat längst' }),
  ).toBeVisible();
  await expectAccessible(curator.page);
});

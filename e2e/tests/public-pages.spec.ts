import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueEmail, uniqueTag } from '../support/fixtures';

const VAXJO = { municipality: '0780', county: '07', countyName: 'Kronobergs län' };

test('the map and its list place a lab in its county; a county is reached by keyboard and Enter lists its labs', async ({
  people,
  admin,
}) => {
  // Two pages with the map, a lab page and a filtered list: a long journey.
  test.slow();
  const tag = uniqueTag();
  const owner = await people.register('Signe Lund');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder i Växjö ${tag}`,
    municipalityCode: VAXJO.municipality,
  });
  await verifyOrganisation(admin, company);
  const lab = await createLab(owner.api, company, {
    name: `Araby tillsammans ${tag}`,
    neighbourhood: 'Araby',
    municipalityCode: VAXJO.municipality,
    focusAreas: ['CRIME'],
    status: 'ACTIVE',
  });

  const page = await people.stranger();
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Labben på kartan' });
  const map = section.getByRole('group', { name: 'Karta över Sveriges län och deras labb' });
  // The first read of the labs and the map's own chunk: allow for a busy machine.
  await expect(map).toBeVisible({ timeout: 30_000 });
  // The list says what the map shows: the county, its count, and the lab under it.
  const county = section.locator('.lab-map__counties > li').filter({ hasText: VAXJO.countyName });
  await expect(county.getByRole('link', { name: lab.name })).toBeVisible();
  // On the map the lab is a dot inside its county's shape.
  await expect(map.locator(`[data-county="${VAXJO.county}"]`).getByRole('link', { name: lab.name })).toBeVisible();
  await expectAccessible(page);

  // Filter by focus area, then walk the map with the keyboard to the county and press Enter.
  await section.getByLabel('Fokusområde').selectOption({ label: 'Brottslighet' });
  await expect(county.getByRole('link', { name: lab.name })).toBeVisible();
  await section.getByLabel('Fokusområde').focus();
  await expect(async () => {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(
      new RegExp(`^${VAXJO.countyName}: \\d+ labb$`),
    );
  }).toPass({ timeout: 10_000, intervals: [0] });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/labs\\?region=${VAXJO.county}&focusArea=CRIME$`));
  await expect(page.getByRole('link', { name: lab.name })).toBeVisible();

  // A lab's dot opens the lab.
  await page.goto('/national-overview');
  await page
    .getByRole('group', { name: 'Karta över Sveriges län och deras labb' })
    .getByRole('link', { name: lab.name })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: lab.name })).toBeVisible();
});

test('a visitor reads the accessibility statement, reports a problem and is thanked; an administrator reads it', async ({
  people,
}) => {
  // Five pages, each checked with axe, and two people.
  test.slow();
  const page = await people.stranger();
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Om webbplatsen' }).getByRole('link', { name: 'Tillgänglighet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighets\u00ADredogörelse');
  await expect(page.getByText(/delvis förenlig med lagen om tillgänglighet/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Anmäl till Digg/ })).toHaveAttribute(
    'href',
    'https://www.digg.se/tdosanmalan',
  );
  await expectAccessible(page);

  const email = uniqueEmail('tillganglighet');
  const message = `Kartans punkter är svåra att träffa med fingret ${uniqueTag()}.`;
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByRole('link', { name: 'Skriv ditt meddelande.' })).toBeVisible();
  await page.getByLabel('Ditt meddelande').fill(message);
  await page.getByLabel('Sida eller del av webbplatsen').fill('Kartan på startsidan');
  await page.getByLabel('Din e-postadress').fill(email);
  await page.getByRole('button', { name: 'Skicka' }).click();
  // The acknowledgement takes the focus, so a screen reader reads it at once.
  await expect(page.getByText('Tack! Vi har tagit emot ditt meddelande.').locator('..')).toBeFocused();
  await expect(page.getByText('En bekräftelse är på väg till din e-postadress.')).toBeVisible();
  await expectAccessible(page);

  for (const [link, heading] of [
    ['Personuppgifter', 'Personuppgifter'],
    ['Kontakt', 'Kontakt'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Om webbplatsen' }).getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
  await expect(page.getByLabel('Vad gäller det?')).toHaveValue('OTHER');

  const administrator = await people.administrator();
  await administrator.page.goto('/feedback');
  await expect(administrator.page.getByRole('heading', { level: 1, name: 'Inkomna meddelanden' })).toBeVisible();
  const report = administrator.page.getByRole('listitem').filter({ hasText: message });
  await expect(report).toContainText('Kartan på startsidan');
  await expect(report.getByRole('link', { name: email })).toBeVisible();
  await expectAccessible(administrator.page);

  // The acknowledgement goes out through the job queue, a moment after the answer.
  await administrator.page.goto('/dev/mail');
  // The administrators' copy names the sender too; the receipt is the one with its own subject.
  const receipt = administrator.page
    .getByRole('article')
    .filter({ hasText: `Till ${email}` })
    .filter({ hasText: 'Vi har tagit emot ditt meddelande' });
  await expect(async () => {
    await administrator.page.getByRole('button', { name: 'Hämta nya meddelanden' }).click();
    await expect(receipt).toContainText('https://www.digg.se/tdosanmalan', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
});

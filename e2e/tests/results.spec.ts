import { CreateIndicatorBody, Indicator } from '@motesplats/contracts';
import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import type { Api } from '../support/api';
import { expect, expectAccessible, test, uniqueTag, type People } from '../support/fixtures';

test('a visitor reads Portalen’s result as “15 av 22” in a chart, a table and a summary', async ({ people }) => {
  const page = await people.stranger();
  await page.goto('/labs');
  await page.getByRole('link', { name: 'Portalen', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portalen' })).toBeVisible();
  const result = page.getByRole('article', { name: 'Kvinnor i arbete, praktik, studier eller eget företag' });
  const table = result.getByRole('table', { name: /Mätningar: Kvinnor i arbete/ });
  await expect(
    table
      .getByRole('row', { name: /10 december 2019/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('15 av 22');
  const chart = result.getByRole('img', { name: 'Diagram: Kvinnor i arbete, praktik, studier eller eget företag' });
  await expect(chart).toBeVisible();
  await expect(chart).toContainText('15 av 22');
  await expect(chart).toHaveAccessibleDescription(/Senaste mätningen, 10 december 2019: 15 av 22\. Målet är nått\./);
  // The 6 of the same 22 planning a cooperative would leave 1 by subtraction: it is protected.
  const cooperative = page.getByRole('article', { name: 'Kvinnor som planerar att starta ett kooperativ' });
  await expect(
    cooperative
      .getByRole('table')
      .getByRole('row', { name: /10 december 2019/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('skyddad uppgift av 22');
  await expect(cooperative).not.toContainText('6 av 22');
  await expectAccessible(page);
});

/** A verified housing company with a lab, an owner signed in, and one "n of N" indicator. */
async function labWithIndicator(people: People, admin: Api) {
  const tag = uniqueTag();
  const owner = await people.register('Sofia Engström');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder ${tag}`,
    municipalityCode: '0581',
  });
  await verifyOrganisation(admin, company);
  const lab = await createLab(owner.api, company, {
    name: `Labbet ${tag}`,
    neighbourhood: 'Hageby',
    municipalityCode: '0581',
    focusAreas: ['UNEMPLOYMENT'],
    status: 'ACTIVE',
  });
  const name = `Deltagare i arbete ${tag}`;
  const indicator = await owner.api.post(
    `/labs/${lab.id}/indicators`,
    CreateIndicatorBody.parse({ name, kind: 'SHARE_OF_GROUP', target: 10, source: 'REGISTER' }),
    Indicator,
  );
  return { owner, lab, name, indicator };
}

test('a lab records a reading and sees it in the chart and the table', async ({ people, admin }) => {
  const { owner, lab, name } = await labWithIndicator(people, admin);
  const page = owner.page;
  await page.goto(`/labs/${lab.id}`);
  const result = page.getByRole('article', { name });
  await expect(result.getByText('Inga mätningar ännu.')).toBeVisible();
  // Keyboard only: open the form, fill it in, save.
  await result.locator('summary', { hasText: 'Registrera en mätning' }).focus();
  await page.keyboard.press('Enter');
  const form = result.getByRole('form', { name: `Registrera en mätning: ${name}` });
  await form.getByLabel('Datum för mätningen').fill('2026-06-01');
  await form.getByLabel('Hur många i gruppen nådde resultatet (n)').fill('12');
  await form.getByLabel('Hur många är gruppen (N)').fill('20');
  await form.getByLabel('Kommentar').focus();
  await page.keyboard.type('Uppföljning efter vårterminen');
  await form.getByRole('button', { name: 'Spara mätningen' }).focus();
  await page.keyboard.press('Enter');
  await expect(result.getByRole('status').filter({ hasText: 'Mätningen är sparad.' })).toBeAttached();

  const table = result.getByRole('table', { name: `Mätningar: ${name}` });
  await expect(
    table
      .getByRole('row', { name: /1 juni 2026/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('12 av 20');
  const chart = result.getByRole('img', { name: `Diagram: ${name}` });
  await expect(chart).toContainText('12 av 20');
  await expect(chart).toHaveAccessibleDescription(/Senaste mätningen, 1 juni 2026: 12 av 20\. Målet är nått\./);
  await expectAccessible(page);
});

test('a reading about fewer than 5 people is withheld outside the lab, and the lab is told so', async ({
  people,
  admin,
}) => {
  const { owner, lab, name, indicator } = await labWithIndicator(people, admin);
  await owner.api.post(
    `/indicators/${indicator.id}/measurements`,
    { measuredOn: '2026-07-01', count: 3, groupSize: 20, note: 'Tre av tjugo' },
    Indicator,
  );
  await owner.page.goto(`/labs/${lab.id}`);
  const inside = owner.page.getByRole('article', { name });
  await expect(
    inside
      .getByRole('table')
      .getByRole('row', { name: /1 juli 2026/ })
      .getByRole('cell')
      .first(),
  ).toContainText('3 av 20');
  await expect(inside.getByText('Visas för andra som ”färre än 5 av 20”.')).toBeVisible();

  const visitor = await people.stranger();
  await visitor.goto(`/labs/${lab.id}`);
  const outside = visitor.getByRole('article', { name });
  await expect(
    outside
      .getByRole('table')
      .getByRole('row', { name: /1 juli 2026/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('färre än 5 av 20');
  await expect(outside.getByText('Tre av tjugo')).toHaveCount(0);
  await expect(outside.locator('summary', { hasText: 'Registrera en mätning' })).toHaveCount(0);
  await expectAccessible(visitor);
});

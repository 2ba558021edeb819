import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

test('a visitor finds the open data from the footer and opens a downloaded CSV as a spreadsheet would', async ({
  people,
  admin,
}) => {
  const tag = uniqueTag();
  const owner = await people.register('Åsa Öberg');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder i Norrköping ${tag}`,
    municipalityCode: '0581',
  });
  await verifyOrganisation(admin, company);
  const labName = `Järnvägsgatan ${tag}`;
  await createLab(owner.api, company, {
    name: labName,
    neighbourhood: 'Söder – Åby',
    municipalityCode: '0581',
    focusAreas: ['UNEMPLOYMENT', 'SCHOOLS'],
    summary: '=HYPERLINK("http://example.org")',
    status: 'ACTIVE',
  });

  const page = await people.stranger();
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Öppna data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'CC0 1.0 Universal' })).toBeVisible();
  // The dictionary: every column of the labs file with its type and meaning.
  const columns = page.getByRole('table', { name: 'Kolumner i Labb' });
  await expect(columns.getByRole('row', { name: /neighbourhood text Bostadsområdet labbet arbetar i/ })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Ladda ner Labb som CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^motesplats-labs-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const bytes = await readFile(path);
  // A byte-order mark, so a spreadsheet reads UTF-8; `;` and CRLF, as Swedish spreadsheets expect.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid;name;organisationId;organisationName;neighbourhood;/);
  const rows = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
  const lab = rows.find((row) => row.name === labName);
  expect(lab).toMatchObject({
    organisationName: `Hyresbostäder i Norrköping ${tag}`,
    neighbourhood: 'Söder – Åby',
    municipalityCode: '0581',
    countyCode: '05',
    focusAreas: 'UNEMPLOYMENT|SCHOOLS',
    // A formula arrives as text.
    summary: `'=HYPERLINK("http://example.org")`,
  });
});

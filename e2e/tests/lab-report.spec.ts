import { expect, expectAccessible, test } from '../support/fixtures';

test('a visitor opens a lab’s report, prints it as a clean A4 document with its charts and tables', async ({
  people,
}, testInfo) => {
  // Two lab pages, axe over a long document and a PDF rendering: more than a usual journey.
  test.slow();
  const page = await people.stranger();
  await page.goto('/labs');
  await page.getByRole('link', { name: 'Portalen', exact: true }).first().click();
  await page.getByRole('link', { name: 'Labbrapport att skriva ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Labbrapport: Portalen' })).toBeVisible();
  for (const part of [
    'Partner',
    'Möten',
    'Idéer från de boende',
    'Labbets utmaningar',
    'Resultat',
    'Metoder',
    'Ur dagboken',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: part, exact: true })).toBeVisible();
  }
  const name = 'Kvinnor i arbete, praktik, studier eller eget företag';
  const chart = page.getByRole('img', { name: `Diagram: ${name}` });
  const table = page.getByRole('table', { name: `Mätningar: ${name}` });
  await expect(chart).toContainText('15 av 22');
  await expect(table).toContainText('15 av 22');
  await expectAccessible(page);

  // "Ladda ner som PDF" is the browser's print dialogue.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Ladda ner som PDF' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ladda ner som PDF' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Tillbaka till labbet' })).toBeHidden();
  await expect(chart).toBeVisible();
  await expect(table).toBeVisible();
  await expect(page.getByText(/\/labs\/[0-9a-f-]{36}$/)).toBeVisible();

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await testInfo.attach('lab-report.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(1);
  // A4 is 595 × 842 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
});

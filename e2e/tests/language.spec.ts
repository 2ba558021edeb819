import { expect, test, type Page } from '@playwright/test';

/** The language catalogues the page fetched: each language is its own chunk (sv-….js, en-….js). */
function catalogueRequests(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/(sv|en)-[^/]*\.js$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) fetched.push(match[1]);
  });
  return fetched;
}

/** Records what the page showed first: the skip link, the first text it renders. */
async function recordFirstRender(page: Page): Promise<void> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const root = document.getElementById('root');
      if (root?.textContent) {
        (window as unknown as { firstText: string }).firstText = root.textContent;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

test('a first visit reads Swedish and downloads only the Swedish texts', async ({ page }) => {
  const fetched = catalogueRequests(page);
  await recordFirstRender(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mötesplats för allmännyttans innovationslabb');
  expect(await page.evaluate(() => (window as unknown as { firstText: string }).firstText)).toContain(
    'Hoppa till huvudinnehållet',
  );
  expect(fetched).toEqual(['sv']);

  // Choosing English fetches English once; the page then reads English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The meeting place of the public-housing innovation labs',
  );
  expect(fetched).toEqual(['sv', 'en']);
});

test('a returning English reader sees English from the first render and never downloads Swedish', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('motesplats.locale', 'en'));
  const fetched = catalogueRequests(page);
  await recordFirstRender(page);
  await page.goto('/organisations');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
  const firstText = await page.evaluate(() => (window as unknown as { firstText: string }).firstText);
  expect(firstText).toContain('Skip to main content');
  expect(firstText).not.toContain('Hoppa till huvudinnehållet');
  // A count reads in English, with English plural rules and number format.
  await expect(page.getByText(/^\d[\d,]* organisations?$/).first()).toBeVisible();
  expect(fetched).toEqual(['en']);
});

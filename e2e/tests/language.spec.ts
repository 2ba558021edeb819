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

/** Records every text the page shows while it starts, until it has its heading. */
async function recordRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { shown: string[] }).shown = shown;
    new MutationObserver((_, observer) => {
      const text = document.getElementById('root')?.textContent;
      if (text && shown.at(-1) !== text) shown.push(text);
      if (document.querySelector('h1') || shown.length > 50) observer.disconnect();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const shownTexts = (page: Page) => page.evaluate(() => (window as unknown as { shown: string[] }).shown);

test('a first visit reads Swedish and downloads only the Swedish texts', async ({ page }) => {
  const fetched = catalogueRequests(page);
  await recordRenders(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mötesplats för allmännyttans innovationslabb');
  const shown = await shownTexts(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((text) => /Loading|Skip to main content/.test(text))).toEqual([]);
  expect(fetched).toEqual(['sv']);

  // Choosing English fetches English once; the page then reads English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The meeting place of the public-housing innovation labs',
  );
  expect(fetched).toEqual(['sv', 'en']);
});

test('a returning English reader sees English from the first render, never a Swedish text', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('motesplats.locale', 'en'));
  const fetched = catalogueRequests(page);
  await recordRenders(page);
  await page.goto('/organisations');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
  // Every text shown on the way (a loading line, the layout) was already English.
  const shown = await shownTexts(page);
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((text) => /Laddar|Hoppa till huvudinnehållet|Organisationer/.test(text))).toEqual([]);
  expect(shown.at(-1)).toContain('Skip to main content');
  // A count reads in English, with English plural rules and number format.
  await expect(page.getByText(/^\d[\d,]* organisations?$/).first()).toBeVisible();
  // index.html preloads the Swedish catalogue for the many who read Swedish (decisions §33); an
  // English reader's own arrives beside it and is the only one ever shown.
  expect(fetched).toContain('en');
});

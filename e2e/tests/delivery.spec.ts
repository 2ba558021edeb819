import { expect, test, type Response } from '@playwright/test';

// What the browser is sent for the home page: the built scripts pre-compressed and kept for a
// year (their names change with their content), the page itself asked for anew on every visit.
test('the home page arrives compressed; its scripts are cached for a year and the page is revalidated', async ({
  page,
}) => {
  const scripts: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/') && response.request().resourceType() === 'script') {
      scripts.push(response);
    }
  });

  const document = await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  expect(document?.status()).toBe(200);
  expect(document?.headers()['cache-control']).toBe('no-cache');
  expect(['br', 'gzip']).toContain(document?.headers()['content-encoding']);

  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    const headers = await script.allHeaders();
    expect(headers['cache-control'], script.url()).toBe('public, max-age=31536000, immutable');
    // The build leaves a file uncompressed only where compressing would not make it smaller.
    if ((await script.body()).length > 1024) {
      expect(['br', 'gzip'], script.url()).toContain(headers['content-encoding']);
    }
  }
});

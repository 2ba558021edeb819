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

// A visitor's first visit: no request fails (asking who they are included) and nothing is
// written to the console as an error, on the pages a newcomer opens first. The lists the pages
// read arrive compressed.
test('a visitor’s first visit has no failed request and no console error; lists arrive compressed', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const lists: Response[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    const path = new URL(response.url()).pathname;
    if (path === '/api/v1/labs' || path === '/api/v1/challenges') lists.push(response);
  });

  const session = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/auth/session');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await session).status()).toBe(200);
  await expect(page.locator('.lab-card').first()).toBeVisible();

  await page.goto('/challenges');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.card').first()).toBeVisible();

  expect(problems).toEqual([]);
  expect(lists.length).toBeGreaterThanOrEqual(2);
  for (const list of lists) {
    // Each list is well over the compression threshold of 1 KB.
    expect(['br', 'gzip'], list.url()).toContain((await list.allHeaders())['content-encoding']);
  }
});

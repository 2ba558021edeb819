import type { Page } from '@playwright/test';
import { createChallenge, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag, type People } from '../support/fixtures';
import type { Api } from '../support/api';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A verified housing company with one open challenge whose title is the given text. */
async function openChallenge(people: People, admin: Api, title: string, summary = 'Unga vill laga cyklar.') {
  const owner = await people.register('Helga Holm');
  const organisation = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder ${uniqueTag()}`,
    municipalityCode: '0581',
  });
  await verifyOrganisation(admin, organisation);
  const challenge = await createChallenge(owner.api, organisation, {
    title,
    summary,
    description: `Beskrivning ${title}`,
    focusArea: 'SERVICES',
    targetGroups: ['YOUTH_13_19'],
    municipalityCode: '0581',
    status: 'OPEN',
  });
  return { owner, organisation, challenge };
}

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));

test('an unknown address and an unknown or malformed challenge id say "not found" and offer ways on', async ({
  people,
}) => {
  const page = await people.stranger();

  await page.goto('/no-such-page/at-all');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Sök bland utmaningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utmaningar' })).toBeVisible();

  for (const id of ['does-not-exist', '00000000-0000-4000-8000-000000000000']) {
    await page.goto(`/challenges/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Utmaningen finns inte' })).toBeVisible();
    await expect(page.getByText('Några uppgifter behöver rättas')).toHaveCount(0);
    await expect(page).toHaveTitle('Utmaningen finns inte – Mötesplats');
    const onward = page.getByRole('navigation', { name: 'Vart vill du gå?' });
    await expect(onward.getByRole('link')).toHaveText([
      'Alla utmaningar',
      'Till startsidan',
      'Sök bland erbjudanden',
      'Sök bland labb',
      'Sök bland organisationer',
    ]);
  }
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Till startsidan' }).click();
  await expect(page).toHaveURL(/\/$/);

  // The same page for the other kinds and for organisations, each with its own list first.
  await page.goto('/offerings/not-an-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Erbjudandet finns inte' })).toBeVisible();
  await page.getByRole('link', { name: 'Alla erbjudanden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Erbjudanden' })).toBeVisible();
  await page.goto('/organisations/not-an-id');
  await expect(page.getByRole('heading', { level: 1, name: 'Organisationen finns inte' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Alla organisationer' })).toBeVisible();
});

test('a 150-letter word in a title wraps: no page is wider than the screen, on a phone or a desktop', async ({
  people,
  admin,
}) => {
  const tag = uniqueTag();
  const word = `Lång${tag}`.padEnd(150, 'x');
  const { owner, organisation, challenge } = await openChallenge(people, admin, `Titel ${word}`, `Kort ${word}`);
  const page = owner.page;
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    for (const path of [
      `/challenges/${challenge.id}`,
      `/challenges?q=${tag}`,
      `/organisations/${organisation.id}`,
      `/my-organisation/${organisation.id}`,
    ]) {
      await page.goto(path);
      await expect(page.getByText(`Titel ${word}`).first()).toBeVisible();
      const { scroll, viewport } = await pageWidth(page);
      expect(scroll, `${path} at ${size.width}px`).toBeLessThanOrEqual(viewport);
    }
  }
});

test('in English the Swedish content is marked lang="sv"; an English text is marked lang="en"', async ({
  people,
  admin,
}) => {
  const tag = uniqueTag();
  const { challenge } = await openChallenge(people, admin, `Läxhjälp i Hageby ${tag}`);
  const reader = await people.register('Reader', { locale: 'en' });
  const page = reader.page;
  await page.goto(`/challenges/${challenge.id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(`Läxhjälp i Hageby ${tag}`);
  await expect(heading).toHaveAttribute('lang', 'sv');
  // The labels around it are the reader's: English, on the page's own language.
  await expect(page.getByRole('heading', { level: 2, name: 'Description' })).not.toHaveAttribute('lang');
  await expect(page.getByText(`Beskrivning Läxhjälp i Hageby ${tag}`)).toHaveAttribute('lang', 'sv');
  await expectAccessible(page);

  // The author chooses English in the form; the page marks it so.
  const { owner, challenge: bikes } = await openChallenge(people, admin, `Bike workshop ${tag}`);
  const author = owner.page;
  await author.goto(`/challenges/${bikes.id}/edit`);
  await author.getByRole('group', { name: 'Textens språk' }).getByLabel('Engelska').check();
  await author.getByRole('button', { name: /^Spara/ }).click();
  await expect(author.getByRole('heading', { level: 1, name: `Bike workshop ${tag}` })).toHaveAttribute('lang', 'en');
});

test('after navigating to a challenge page, focus is on its heading', async ({ people, admin }) => {
  const tag = uniqueTag();
  const title = `Trygghetsvandring ${tag}`;
  await openChallenge(people, admin, title);
  const page = await people.stranger();
  await page.goto(`/challenges?q=${tag}`);
  await page.getByRole('link', { name: title }).click();
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  // Also when the page's heading changes as it loads into "not found".
  await page.getByRole('link', { name: 'Alla utmaningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Utmaningar' })).toBeFocused();
});

test('on a phone the header folds into a menu and the first search result starts on the first screen', async ({
  people,
  admin,
}) => {
  const tag = uniqueTag();
  const title = `Läxhjälp för mammor ${tag}`;
  await openChallenge(people, admin, title);
  const page = await people.stranger();
  await page.setViewportSize(PHONE);
  await page.goto(`/challenges?q=${tag}`);
  const result = page.getByRole('link', { name: title });
  await expect(result).toBeVisible();
  const box = await result.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);

  // The navigation is behind "Meny", the filters behind "Filter"; both open with the keyboard.
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: 'Meny' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Erbjudanden' })).toBeVisible();
  await expectAccessible(page);
  const filters = page.getByRole('button', { name: 'Filter' });
  await filters.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Fokusområde' })).toBeVisible();
  await expectAccessible(page);
  // A new page closes the menu.
  await nav.getByRole('link', { name: 'Erbjudanden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Erbjudanden' })).toBeVisible();
  await expect(nav).toBeHidden();
});

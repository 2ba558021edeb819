import { expect, test } from '@playwright/test';
import { expectAccessible, signedIn } from '../support/fixtures';

const HOUSING_OWNER = 'helena.sjoberg@demo.motesplats.se'; // Hyresbostäder i Norrköping, lab Portalen
const PENDING_ACTOR = 'omar.khalil@demo.motesplats.se'; // Ungt Driv Södertälje, waiting for verification
const PENDING_ACTOR_NAME = 'Ungt Driv Södertälje';
const CURATOR = 'sara.holmstrom@demo.motesplats.se';

test('a housing company posts a challenge in its lab; a local actor finds it by search and filters; a curator verifies the actor', async ({
  browser,
}) => {
  const tag = `${Date.now()}`.slice(-6);
  const title = `Cykelverkstäder för ungdomar i Hageby ${tag}`;

  // The housing company posts the challenge in its lab, published at once.
  const company = await signedIn(browser, HOUSING_OWNER);
  await company.goto('/challenges/new');
  await expect(company.getByRole('heading', { level: 1, name: 'Ny utmaning' })).toBeVisible();
  await expectAccessible(company);
  await company.getByLabel('Rubrik').fill(title);
  await company.getByLabel('Sammanfattning').fill('Unga i Hageby vill laga cyklar och lära sig ett hantverk.');
  await company.getByRole('group', { name: 'Fokusområde' }).getByLabel('Samhällsservice').check();
  await company.getByRole('group', { name: 'Målgrupper' }).getByLabel('Ungdomar 13–19 år').check();
  await company.getByLabel('Kommun').selectOption({ label: 'Norrköping' });
  await company.getByRole('combobox', { name: /^Labb/ }).selectOption({ label: 'Portalen' });
  await company.getByRole('group', { name: 'Bostadsbolaget bidrar med' }).getByLabel('Lokaler').check();
  await company.getByLabel('Publicera direkt').check();
  await company.getByRole('button', { name: 'Spara utmaningen' }).click();
  await expect(company.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(company);

  // The local actor searches with another form of the word, in English, and narrows with two filters.
  const actor = await signedIn(browser, PENDING_ACTOR);
  await actor.getByRole('button', { name: 'English' }).click();
  await expect(actor.locator('html')).toHaveAttribute('lang', 'en');
  await actor.goto('/challenges');
  await expect(actor.getByRole('heading', { level: 1, name: 'Challenges' })).toBeVisible();
  await actor.getByRole('searchbox', { name: 'Search the challenges' }).fill(`cykelverkstäderna ungdomarna ${tag}`);
  await actor.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(actor).toHaveURL(/q=/);
  await actor
    .getByRole('group', { name: 'Focus area' })
    .getByLabel(/^Community services/)
    .click();
  await expect(actor).toHaveURL(/focusArea=SERVICES/);
  await actor
    .getByRole('group', { name: 'County' })
    .getByLabel(/^Östergötland/)
    .click();
  await expect(actor).toHaveURL(/region=05/);
  await expectAccessible(actor);
  await actor.getByRole('link', { name: title }).click();
  await expect(actor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(actor);
  await actor.getByRole('link', { name: 'Portalen' }).first().click();
  await expect(actor.getByRole('heading', { level: 1, name: 'Portalen' })).toBeVisible();
  await expect(actor.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(actor);
  // The back button returns through the detail page to the filtered list.
  await actor.goBack();
  await actor.goBack();
  await expect(actor).toHaveURL(/focusArea=SERVICES.*region=05|region=05.*focusArea=SERVICES/);

  // A curator verifies the actor; the verified mark shows on its profile.
  const curator = await signedIn(browser, CURATOR);
  await curator.goto('/curator');
  await expectAccessible(curator);
  const row = curator.getByRole('listitem').filter({ hasText: PENDING_ACTOR_NAME });
  await row.getByRole('button', { name: 'Verifiera' }).click();
  await expect(curator.getByText(`${PENDING_ACTOR_NAME} är verifierad och har lämnat kön.`)).toBeVisible();
  await curator.goto('/organisations?q=Ungt%20Driv');
  await curator
    .getByRole('link', { name: new RegExp(PENDING_ACTOR_NAME) })
    .first()
    .click();
  await expect(curator.getByRole('heading', { level: 1, name: PENDING_ACTOR_NAME })).toBeVisible();
  await expect(curator.getByText('Verifierad').first()).toBeVisible();
  await expectAccessible(curator);

  // The actor is told, in its own language, and the notice leads to its organisation's page.
  await actor.goto('/notifications');
  const notice = actor.getByRole('link', {
    name: new RegExp(`${PENDING_ACTOR_NAME}.* has been verified by Sveriges Allmännytta`),
  });
  await expect(notice).toBeVisible();
  await expectAccessible(actor);
  await notice.click();
  await expect(actor.getByRole('heading', { level: 1, name: PENDING_ACTOR_NAME })).toBeVisible();
  await expect(actor.getByText('Verified').first()).toBeVisible();
});

test('a draft challenge is seen by its company and not by anyone else', async ({ browser }) => {
  const title = `Utkast om läxhjälp ${Date.now()}`;
  const company = await signedIn(browser, HOUSING_OWNER);
  await company.goto('/challenges/new');
  await company.getByLabel('Rubrik').fill(title);
  await company.getByRole('group', { name: 'Fokusområde' }).getByLabel('Skolresultat').check();
  await company.getByRole('group', { name: 'Målgrupper' }).getByLabel('Barn').check();
  await company.getByLabel('Kommun').selectOption({ label: 'Norrköping' });
  await company.getByRole('button', { name: 'Spara utmaningen' }).click();
  await expect(company.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const draftUrl = company.url();

  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(draftUrl);
  await expect(stranger.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
  await stranger.goto(`/challenges?q=${encodeURIComponent('läxhjälp')}`);
  await expect(stranger.getByRole('link', { name: title })).toHaveCount(0);
});

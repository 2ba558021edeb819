import {
  createChallenge,
  createOffering,
  createOrganisation,
  openMatch,
  verifyOrganisation,
} from '../support/factories';
import type { Api } from '../support/api';
import { expect, expectAccessible, signIn, test, uniqueTag, type People } from '../support/fixtures';

const VASTERAS = '1980';

/** A verified local actor with a published offering and a verified housing company with an open challenge. */
async function pair(people: People, admin: Api, tag: string) {
  const actor = await people.register('Hodan Warsame');
  const association = await createOrganisation(actor.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Odlarföreningen ${tag}`,
    municipalityCode: VASTERAS,
  });
  await verifyOrganisation(admin, association);
  const offering = await createOffering(actor.api, association, {
    title: `Stadsodling för alla ${tag}`,
    focusAreas: ['SERVICES'],
    targetGroups: ['CHILDREN'],
    municipalityCodes: [VASTERAS],
    supportTypes: ['ACTIVITY'],
    status: 'PUBLISHED',
  });
  const housing = await people.register('Helena Sjöberg');
  const company = await createOrganisation(housing.api, {
    kind: 'HOUSING_COMPANY',
    name: `Mimerbostäder ${tag}`,
    municipalityCode: VASTERAS,
  });
  await verifyOrganisation(admin, company);
  const challenge = await createChallenge(housing.api, company, {
    title: `Odling på gården ${tag}`,
    focusArea: 'SERVICES',
    targetGroups: ['CHILDREN'],
    municipalityCode: VASTERAS,
    status: 'OPEN',
  });
  return { actor, housing, offering, challenge };
}

test('signing in lands on “Väntar på dig” with the invitation that waits for the actor’s answer', async ({
  people,
  admin,
}) => {
  test.setTimeout(120_000);
  const { actor, housing, offering, challenge } = await pair(people, admin, uniqueTag());
  const challengeTitle = challenge.title;
  const offeringTitle = offering.title;
  await openMatch(housing.api, { action: 'INVITE', challengeId: challenge.id, offeringId: offering.id });

  const page = await people.stranger();
  await signIn(page, actor.email, actor.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Väntar på dig' })).toBeVisible();
  const waiting = page.getByRole('region', { name: 'Väntar på ert svar' });
  const item = waiting.getByRole('listitem').filter({ hasText: challengeTitle });
  await expect(item).toBeVisible();
  await expect(item.getByText('Väntar på svar från den lokala aktören sedan i dag')).toBeVisible();
  // The same invitation is also an unread notification.
  await expect(page.getByRole('region', { name: 'Olästa aviseringar' }).getByText(offeringTitle)).toBeVisible();
  await expectAccessible(page);

  // The company, which sent the invitation, owes no answer; its challenge is listed with suggestions.
  await housing.page.goto('/overview');
  await expect(housing.page.getByRole('heading', { level: 1, name: 'Väntar på dig' })).toBeVisible();
  await expect(housing.page.getByRole('region', { name: 'Väntar på ert svar' }).getByText(challengeTitle)).toHaveCount(
    0,
  );
  await expect(housing.page.getByRole('link', { name: `Till utmaningen ${challengeTitle}` })).toBeVisible();
  await expectAccessible(housing.page);
});

test('the curator sorts the match board by waiting time, longest first in every column', async ({ people, admin }) => {
  test.setTimeout(120_000);
  const { challenge, offering } = await pair(people, admin, uniqueTag());
  await openMatch(admin, { action: 'PROPOSE', challengeId: challenge.id, offeringId: offering.id });
  const curator = await people.administrator();
  const { page } = curator;
  await page.goto('/overview');
  await expect(page.getByRole('region', { name: 'Väntar på kuratorerna' })).toBeVisible();
  await page.goto('/curator/matches');
  await page.getByLabel('Ordning i kolumnerna').selectOption({ label: 'Längst väntan först' });
  await expect(page).toHaveURL(/sort=WAITING/);
  const column = page.getByRole('region', { name: /^Föreslagen/ });
  await expect(column.locator('.match-waiting time').first()).toBeVisible();
  // Until the sorted lists arrive, the columns show the previous order, marked busy.
  await expect(column.locator('ul[aria-busy]')).toHaveCount(0);
  const since = await column
    .locator('.match-waiting time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(since).toEqual([...since].sort());
  await expectAccessible(page);
});

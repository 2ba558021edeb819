import { z } from 'zod';
import { MatchMessage } from '@motesplats/contracts';
import {
  createChallenge,
  createOffering,
  createOrganisation,
  openMatch,
  verifyOrganisation,
} from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

const NORRKOPING = '0581';

// Every journey here has people of its own: tests never share a notification inbox.

test('a user turns one kind of e-mail off in my account and it stays off after a reload', async ({ people }) => {
  const { page } = await people.register('Vera Nilsson');
  // The e-mails link here; the page opens at the section, not at its top.
  await page.goto('/account#notifications');
  const section = page.getByRole('region', { name: 'E-post om aviseringar' });
  await expect(section.getByRole('heading', { level: 2 })).toBeInViewport();
  const messages = section.getByRole('group', { name: 'Meddelanden' }).getByLabel('Ett nytt meddelande i en matchning');
  // Every kind comes by e-mail until the user says otherwise.
  await expect(messages).toBeChecked();
  await expect(section.getByRole('checkbox')).toHaveCount(19);
  await expectAccessible(page);

  await messages.uncheck();
  await section.getByRole('button', { name: 'Spara e-postinställningarna' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dina e-postinställningar är sparade.' })).toBeVisible();

  await page.reload();
  await expect(messages).not.toBeChecked();
  await expect(
    section.getByRole('group', { name: 'Svar' }).getByLabel('Någon tackar ja till en matchning'),
  ).toBeChecked();
  await expectAccessible(page);
});

test('a housing company invites an offering; the actor’s bell counts it, the page says it, following it reads it', async ({
  people,
  admin,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const challengeTitle = `Läxhjälp i Hageby ${tag}`;
  const offeringTitle = `Läxcafé för mellanstadiet ${tag}`;

  // The local actor: a new user with a new, verified organisation (a housing company can neither
  // see nor invite an unverified one) and a published offering.
  const actorPerson = await people.register('Nora Lind');
  const { page: actor, email: actorEmail } = actorPerson;
  const organisation = await createOrganisation(actorPerson.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Läxföreningen Hageby ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, organisation);
  // The verification's own notice is read already: this journey counts the invitation.
  await actorPerson.api.post('/notifications/read-all', undefined, z.undefined());
  const offering = await createOffering(actorPerson.api, organisation, {
    title: offeringTitle,
    focusAreas: ['SCHOOLS'],
    targetGroups: ['CHILDREN'],
    municipalityCodes: [NORRKOPING],
    supportTypes: ['ACTIVITY'],
    status: 'PUBLISHED',
  });
  await actor.goto('/');
  await expect(actor.getByRole('link', { name: 'Aviseringar', exact: true })).toBeVisible();

  // The housing company, in its own browser context, posts a challenge and invites the offering.
  const housing = await people.register('Helena Sjöberg');
  const housingCompany = await createOrganisation(housing.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder i Norrköping ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, housingCompany);
  const housingActor = `${housing.name} (${housingCompany.name})`;
  const company = housing.api;
  const challenge = await createChallenge(company, housingCompany, {
    title: challengeTitle,
    focusArea: 'SCHOOLS',
    targetGroups: ['CHILDREN'],
    municipalityCode: NORRKOPING,
    status: 'OPEN',
  });
  const match = await openMatch(company, {
    action: 'INVITE',
    challengeId: challenge.id,
    offeringId: offering.id,
    note: 'Vill ni hålla läxcafé hos oss?',
  });

  // The bell asks again when the window regains focus (and every minute), without a reload.
  await actor.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
  const bell = actor.getByRole('link', { name: 'Aviseringar, 1 oläst' });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(actor.getByRole('heading', { level: 1, name: 'Aviseringar' })).toBeVisible();
  const sentence = `${housingActor} bjöd in ${offeringTitle} till utmaningen ${challengeTitle}`;
  const item = actor.getByRole('listitem').filter({ hasText: sentence });
  await expect(item.getByText('Oläst', { exact: true })).toBeVisible();
  await expectAccessible(actor);

  await actor.getByRole('link', { name: 'Olästa', exact: true }).click();
  await expect(actor).toHaveURL(/unread=true/);
  await expect(actor.getByRole('link', { name: sentence })).toBeVisible();

  // Following the notification opens the match and reads it: the count drops.
  await actor.getByRole('link', { name: sentence }).click();
  await expect(actor).toHaveURL(new RegExp(`/matches/${match.id}$`));
  await expect(actor.getByRole('link', { name: 'Aviseringar', exact: true })).toBeVisible();

  await actor.goto('/notifications?unread=true');
  await expect(actor.getByText('Du har inga olästa aviseringar.')).toBeVisible();
  await actor.getByRole('link', { name: 'Alla', exact: true }).click();
  await expect(actor.getByRole('link', { name: sentence })).toBeVisible();
  await expect(actor.getByRole('listitem').filter({ hasText: sentence }).getByText('Oläst')).toHaveCount(0);

  // The invitation came by e-mail as well (sent by the job queue); its footer leads to the choices.
  await actor.goto('/dev/mail');
  const mail = actor.getByRole('article').filter({ hasText: actorEmail }).filter({ hasText: offeringTitle });
  await expect(async () => {
    await actor.getByRole('button', { name: 'Hämta nya meddelanden' }).click();
    await expect(mail.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await mail
    .first()
    .getByRole('link', { name: /\/account#notifications$/ })
    .first()
    .click();
  const choices = actor.getByRole('heading', { level: 2, name: 'E-post om aviseringar' });
  await expect(choices).toBeFocused();
  await expect(choices).toBeInViewport();

  // A message from the company: the bell counts it, the page quotes it, "mark all as read" reads it.
  await company.post(`/matches/${match.id}/messages`, { body: 'Kan ni börja i januari?' }, MatchMessage);
  await actor.goto('/notifications');
  await expect(actor.getByRole('link', { name: 'Aviseringar, 1 oläst' })).toBeVisible();
  await expect(
    actor.getByRole('link', {
      name: `${housingActor} skrev ett meddelande i matchningen ${challengeTitle} – ${offeringTitle}`,
    }),
  ).toBeVisible();
  await expect(actor.getByText('”Kan ni börja i januari?”')).toBeVisible();
  await actor.getByRole('button', { name: 'Markera alla som lästa' }).click();
  await expect(actor.getByRole('status').filter({ hasText: 'Alla aviseringar är markerade som lästa.' })).toBeVisible();
  await expect(actor.getByRole('link', { name: 'Aviseringar', exact: true })).toBeVisible();
  await expect(actor.getByText('Oläst', { exact: true })).toHaveCount(0);
  await expectAccessible(actor);
});

test('in English the bell and the page speak English', async ({ people }) => {
  const { page } = await people.register('Alex Berg');
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Notifications', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(page.getByText('You have no notifications yet.', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Choose which notifications also come by e-mail' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Notifications by e-mail' })).toBeFocused();
  await expectAccessible(page);
});

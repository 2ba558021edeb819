import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag, type People } from '../support/fixtures';
import type { Api } from '../support/api';

const NORRKOPING = '0581';

/** A verified housing company in Norrköping, its owner signed in. */
async function housingCompany(people: People, admin: Api, tag: string) {
  const owner = await people.register('Helga Holm');
  const organisation = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder i Norrköping ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, organisation);
  return { owner, organisation };
}

test('a housing company posts a challenge in its lab; a local actor finds it by search and filters; a curator verifies the actor', async ({
  people,
  admin,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const title = `Cykelverkstäder för ungdomar i Hageby ${tag}`;
  const labName = `Portalen ${tag}`;
  const pendingActorName = `Ungt Driv Norrköping ${tag}`;
  const { owner, organisation } = await housingCompany(people, admin, tag);
  await createLab(owner.api, organisation, {
    name: labName,
    neighbourhood: 'Hageby',
    municipalityCode: NORRKOPING,
    focusAreas: ['SERVICES'],
    status: 'ACTIVE',
  });
  // A local actor that has registered and waits for a curator's verification.
  const pendingActor = await people.register('Omar Khalil');
  await createOrganisation(pendingActor.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'SOCIAL_ENTERPRISE',
    name: pendingActorName,
    municipalityCode: NORRKOPING,
  });

  // The housing company posts the challenge in its lab, published at once.
  const company = owner.page;
  await company.goto('/challenges/new');
  await expect(company.getByRole('heading', { level: 1, name: 'Ny utmaning' })).toBeVisible();
  await expectAccessible(company);
  await company.getByLabel('Rubrik').fill(title);
  await company.getByLabel('Sammanfattning').fill('Unga i Hageby vill laga cyklar och lära sig ett hantverk.');
  await company.getByRole('group', { name: 'Fokusområde' }).getByLabel('Samhällsservice').check();
  await company.getByRole('group', { name: 'Målgrupper' }).getByLabel('Ungdomar 13–19 år').check();
  await company.getByLabel('Kommun').selectOption({ label: 'Norrköping' });
  await company.getByRole('combobox', { name: /^Labb/ }).selectOption({ label: labName });
  await company.getByRole('group', { name: 'Bostadsbolaget bidrar med' }).getByLabel('Lokaler').check();
  await company.getByLabel('Publicera direkt').check();
  await company.getByRole('button', { name: 'Spara utmaningen' }).click();
  await expect(company.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(company);

  // The local actor searches with another form of the word, in English, and narrows with two filters.
  const actor = pendingActor.page;
  await actor.goto('/');
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
  await actor.getByRole('link', { name: labName }).first().click();
  await expect(actor.getByRole('heading', { level: 1, name: labName })).toBeVisible();
  await expect(actor.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(actor);
  // The back button returns through the detail page to the filtered list.
  await actor.goBack();
  await actor.goBack();
  await expect(actor).toHaveURL(/focusArea=SERVICES.*region=05|region=05.*focusArea=SERVICES/);

  // A curator verifies the actor; the verified mark shows on its profile.
  const curator = (await people.administrator()).page;
  await curator.goto('/curator');
  await expectAccessible(curator);
  const row = curator.getByRole('listitem').filter({ hasText: pendingActorName });
  await row.getByRole('button', { name: 'Verifiera' }).click();
  await expect(curator.getByText(`${pendingActorName} är verifierad och har lämnat kön.`)).toBeVisible();
  await curator.goto(`/organisations?q=${encodeURIComponent(pendingActorName)}`);
  await curator
    .getByRole('link', { name: new RegExp(pendingActorName) })
    .first()
    .click();
  await expect(curator.getByRole('heading', { level: 1, name: pendingActorName })).toBeVisible();
  await expect(curator.getByText('Verifierad').first()).toBeVisible();
  await expectAccessible(curator);

  // The actor is told, in its own language, and the notice leads to its organisation's page.
  await actor.goto('/notifications');
  const notice = actor.getByRole('link', {
    name: new RegExp(`${pendingActorName}.* has been verified by Sveriges Allmännytta`),
  });
  await expect(notice).toBeVisible();
  await expectAccessible(actor);
  await notice.click();
  await expect(actor.getByRole('heading', { level: 1, name: pendingActorName })).toBeVisible();
  await expect(actor.getByText('Verified').first()).toBeVisible();
});

test('a draft challenge is seen by its company and not by anyone else', async ({ people, admin }) => {
  const tag = uniqueTag();
  const title = `Utkast om läxhjälp ${tag}`;
  const company = (await housingCompany(people, admin, tag)).owner.page;
  await company.goto('/challenges/new');
  await company.getByLabel('Rubrik').fill(title);
  await company.getByRole('group', { name: 'Fokusområde' }).getByLabel('Skolresultat').check();
  await company.getByRole('group', { name: 'Målgrupper' }).getByLabel('Barn').check();
  await company.getByLabel('Kommun').selectOption({ label: 'Norrköping' });
  await company.getByRole('button', { name: 'Spara utmaningen' }).click();
  await expect(company.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const draftUrl = company.url();

  const stranger = await people.stranger();
  await stranger.goto(draftUrl);
  await expect(stranger.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
  await stranger.goto(`/challenges?q=${encodeURIComponent(`läxhjälp ${tag}`)}`);
  await expect(stranger.getByRole('link', { name: title })).toHaveCount(0);
});

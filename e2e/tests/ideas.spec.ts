import { Challenge } from '@motesplats/contracts';
import {
  createLab,
  createOffering,
  createOrganisation,
  openMatch,
  transitionMatch,
  verifyOrganisation,
} from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

const NORRKOPING = '0581';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('a resident on a phone sends an idea; the housing company publishes it; visitors support it; it becomes a challenge and the idea shows its path', async ({
  browser,
  people,
  admin,
}) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const labName = `Portalen ${tag}`;
  const title = `Läxhjälp i källarlokalen ${tag}`;

  const owner = await people.register('Helga Holm');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, company);
  const lab = await createLab(owner.api, company, {
    name: labName,
    neighbourhood: 'Hageby',
    municipalityCode: NORRKOPING,
    focusAreas: ['SCHOOLS'],
    status: 'ACTIVE',
  });

  // A resident without an account, on a phone, finds the form from the lab's page.
  const phone = await browser.newContext(PHONE);
  const resident = await phone.newPage();
  await resident.goto(`/labs/${lab.id}`);
  await resident.getByRole('link', { name: 'Skicka en idé' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Skicka en idé' })).toBeVisible();
  await expect(resident.getByLabel('Labb')).toHaveValue(lab.id);
  await expectAccessible(resident);
  // A mistake first: the form says what to fix, in plain words.
  await resident.getByRole('button', { name: 'Skicka idén' }).click();
  await expect(resident.getByText('Skriv din idé i några ord.').first()).toBeVisible();
  await resident.getByLabel('Din idé i några ord').fill(title);
  await resident.getByLabel('Berätta mer').fill('Barnen behöver hjälp med läxorna på kvällarna. Lokalen står tom.');
  await resident.getByLabel('Vad handlar idén om?').selectOption({ label: 'Skolresultat' });
  await resident.getByLabel('Ditt namn').fill('Amina');
  await resident.getByLabel('Din e-post').fill(`amina.${tag}@example.org`);
  await resident.getByRole('button', { name: 'Skicka idén' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Tack! Vi har fått din idé' })).toBeVisible();
  await expectAccessible(resident);
  const link = await resident.getByLabel('Din länk').inputValue();
  expect(link).toMatch(/\/ideas\/follow-up#[\w-]{40,}$/);

  const followUp = async (status: string) => {
    await resident.goto('/');
    await resident.goto(link);
    await expect(resident.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(resident.getByText(status, { exact: true })).toBeVisible();
    await expectAccessible(resident);
  };
  await followUp('Läses');

  // The housing company reads it in its queue and publishes it.
  const housing = owner.page;
  await housing.goto('/');
  await housing.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Idéer att läsa' }).click();
  await expect(housing.getByRole('heading', { level: 1, name: 'Idéer att läsa' })).toBeVisible();
  await expectAccessible(housing);
  await housing.getByRole('link', { name: title }).click();
  await expect(housing.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(housing);
  await housing.getByRole('button', { name: 'Publicera idén' }).click();
  await expect(housing.getByText('Idén är publicerad.')).toBeVisible();
  await followUp('Publicerad');

  // Two visitors, each in a browser of their own, support it; a second support is refused.
  const ideaUrl = housing.url();
  for (const _ of [1, 2]) {
    const visitor = await people.stranger();
    await visitor.goto(ideaUrl);
    await visitor.getByRole('button', { name: 'Jag stöder idén' }).click();
    await expect(visitor.getByText('Du stöder den här idén. Tack!')).toBeVisible();
    await visitor.reload();
    await expect(visitor.getByRole('button', { name: 'Jag stöder idén' })).toHaveCount(0);
    const again = await visitor.request.post(`/api/v1/ideas/${ideaUrl.split('/').pop()}/support`);
    expect(again.status()).toBe(409);
  }
  const reader = await people.stranger();
  await reader.goto(`/ideas?lab=${lab.id}`);
  await expect(reader.getByRole('heading', { level: 1, name: `Idéer i ${labName}` })).toBeVisible();
  await expect(reader.getByRole('link', { name: title })).toBeVisible();
  await expect(reader.getByText('2 personer stöder idén')).toBeVisible();
  await expectAccessible(reader);

  // The lab turns it into a challenge, prefilled from the idea, and publishes the challenge.
  await housing.reload();
  await housing.getByRole('button', { name: 'Gör till utmaning' }).click();
  await expect(housing.getByRole('heading', { level: 1, name: 'Redigera utmaningen' })).toBeVisible();
  await expect(housing.getByLabel('Rubrik')).toHaveValue(title);
  const challengeId = housing.url().split('/').at(-2) ?? '';
  const draft = await owner.api.get(`/challenges/${challengeId}`, Challenge);
  await owner.api.patch(
    `/challenges/${challengeId}`,
    { version: draft.version, status: 'OPEN', targetGroups: ['CHILDREN'] },
    Challenge,
  );
  await housing.goto(`/challenges/${challengeId}`);
  await expect(housing.getByRole('link', { name: title })).toBeVisible();

  // A local actor's offering is matched with the challenge and reaches a result.
  const actor = await people.register('Ahmed Farah');
  const association = await createOrganisation(actor.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'STUDY_ASSOCIATION',
    name: `Läxhjälpen ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, association);
  const offering = await createOffering(actor.api, association, {
    title: `Läxhjälp med volontärer ${tag}`,
    summary: 'Studenter hjälper barn med läxorna.',
    focusAreas: ['SCHOOLS'],
    targetGroups: ['CHILDREN'],
    municipalityCodes: [NORRKOPING],
    supportTypes: ['ACTIVITY'],
    costModel: 'FREE',
    status: 'PUBLISHED',
  });
  let match = await openMatch(owner.api, { action: 'INVITE', challengeId, offeringId: offering.id });
  match = await transitionMatch(actor.api, match, { action: 'ACCEPT' });
  match = await transitionMatch(owner.api, match, { action: 'START' });
  // One side proposes the completion with its outcome; the other confirms it.
  match = await transitionMatch(owner.api, match, {
    action: 'PROPOSE_COMPLETION',
    outcomeSummary: '14 barn fick läxhjälp varje vecka.',
  });
  await transitionMatch(actor.api, match, { action: 'CONFIRM_COMPLETION' });

  // The idea's page shows the whole path; so does the resident's own link.
  await reader.goto(ideaUrl);
  const path = reader.getByRole('region', { name: 'Vad har hänt med idén?' });
  await expect(path.getByRole('link', { name: title })).toBeVisible();
  await expect(path.getByRole('link', { name: offering.title })).toBeVisible();
  await expect(path.getByText('Resultat: 14 barn fick läxhjälp varje vecka.')).toBeVisible();
  await expectAccessible(reader);
  await followUp('Blev en utmaning');
  await expect(resident.getByText('Resultat: 14 barn fick läxhjälp varje vecka.')).toBeVisible();
  await phone.close();
});

test('a visitor sends an idea with the keyboard only', async ({ people }) => {
  const page = await people.stranger();
  await page.goto('/ideas/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Skicka en idé' })).toBeVisible();
  await page.getByLabel('Labb').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Bänkar vid lekplatsen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Föräldrarna vill kunna sitta när barnen leker.');
  // Focus area, name and e-mail are optional: tab past them to the button.
  for (const _ of [1, 2, 3, 4]) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skicka idén' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tack! Vi har fått din idé' })).toBeFocused();
  await expectAccessible(page);
});

import { createChallenge, createOffering, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

// A county the demo data leaves empty (Gotland), so the journey's challenge is its own.
const GOTLAND = '0980';

test('an actor finds a challenge by search and expresses interest from its page; both sides complete it together', async ({
  people,
  admin,
}) => {
  test.setTimeout(150_000);
  const tag = uniqueTag();
  const companyPerson = await people.register('Helena Sjöberg');
  const company = await createOrganisation(companyPerson.api, {
    kind: 'HOUSING_COMPANY',
    name: `Gotlandshem ${tag}`,
    municipalityCode: GOTLAND,
  });
  const actorPerson = await people.register('Hodan Warsame');
  const cooperative = await createOrganisation(actorPerson.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'SOCIAL_ENTERPRISE',
    name: `Kvinnokooperativet ${tag}`,
    municipalityCode: '0581',
  });
  await verifyOrganisation(admin, company);
  await verifyOrganisation(admin, cooperative);
  // Far from the challenge and about something else: no suggestion would bring the two together.
  const offering = await createOffering(actorPerson.api, cooperative, {
    title: `Catering som väg till arbete ${tag}`,
    summary: 'Kvinnor lär sig driva ett cateringkooperativ.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    municipalityCodes: ['0581'],
    supportTypes: ['TRAINING'],
    costModel: 'FREE',
    status: 'PUBLISHED',
  });
  const challenge = await createChallenge(companyPerson.api, company, {
    title: `Läxläsning i Gråbo ${tag}`,
    summary: 'Barnen behöver en lugn plats för läxorna efter skolan.',
    focusArea: 'SCHOOLS',
    targetGroups: ['CHILDREN'],
    municipalityCode: GOTLAND,
    bringsPremises: true,
    status: 'OPEN',
  });

  // The actor searches for the challenge and expresses interest from its page.
  const actor = actorPerson.page;
  await actor.goto('/challenges');
  await actor.getByRole('searchbox', { name: 'Sök bland utmaningarna' }).fill(`läxläsning ${tag}`);
  await actor.getByRole('button', { name: 'Sök', exact: true }).click();
  await actor.getByRole('link', { name: challenge.title }).click();
  await expect(actor.getByRole('heading', { level: 1, name: challenge.title })).toBeVisible();
  const panel = actor.getByRole('region', { name: 'Er organisation och utmaningen' });
  await expect(panel).toBeVisible();
  await expectAccessible(actor);
  // Choosing no offering is refused, in words.
  await panel.getByRole('button', { name: 'Skicka intresseanmälan' }).click();
  await expect(panel.getByText('Välj vilket erbjudande det gäller.').first()).toBeVisible();
  await panel.getByLabel(/^Erbjudande/).selectOption({ label: offering.title });
  await panel.getByLabel(/Meddelande till parterna/).fill('Vi kan ha läxläsning i köket två eftermiddagar i veckan.');
  await panel.getByRole('button', { name: 'Skicka intresseanmälan' }).click();
  await expect(actor).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  await expect(actor.getByText('Intresseanmälan är skickad.')).toBeVisible();
  const matchUrl = actor.url();

  // The challenge's page now shows the interest, in its state, with a link.
  await actor.goto(`/challenges/${challenge.id}`);
  const mine = actor.getByRole('region', { name: 'Er organisation och utmaningen' });
  await expect(mine.getByText('Föreslagen', { exact: true })).toBeVisible();
  await expect(mine.getByText('Intresseanmälan från den lokala aktören')).toBeVisible();
  await expect(mine.getByRole('link', { name: /Öppna matchningen/ })).toHaveAttribute(
    'href',
    new URL(matchUrl).pathname,
  );

  // The housing company accepts and starts; it is offered to move the challenge along.
  const housing = companyPerson.page;
  await housing.goto(matchUrl);
  await housing.getByRole('button', { name: 'Tacka ja' }).click();
  await expect(housing.getByText('Du har tackat ja.')).toBeVisible();
  await housing.getByRole('button', { name: 'Starta samarbetet' }).click();
  await expect(housing.getByText('Samarbetet är startat.')).toBeVisible();
  await housing.getByRole('button', { name: 'Ändra utmaningen till Pågår' }).click();
  await expect(housing.getByText('Utmaningen är ändrad till Pågår.')).toBeVisible();
  await expect(housing.getByRole('button', { name: 'Ändra utmaningen till Pågår' })).toHaveCount(0);

  // Later the actor proposes that it is completed, with the outcome; it cannot confirm it itself.
  await actor.goto(matchUrl);
  await actor.getByRole('button', { name: 'Föreslå att samarbetet är genomfört' }).click();
  await actor
    .getByLabel('Vad blev resultatet?')
    .fill('Tolv barn läste läxor hos oss varje vecka hela terminen; åtta höjde sina betyg i matematik.');
  await actor.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(actor.getByText('Förslaget är skickat.', { exact: false })).toBeVisible();
  await expect(actor.getByRole('heading', { name: 'Förslag: samarbetet är genomfört' })).toBeVisible();
  await expect(
    actor.getByText('Väntar på att bostadsbolaget eller en kurator bekräftar.', { exact: false }),
  ).toBeVisible();
  await expect(actor.getByRole('button', { name: 'Bekräfta att samarbetet är genomfört' })).toHaveCount(0);
  await expectAccessible(actor);

  // The company is told at the bell, confirms, and is offered to close the challenge.
  await housing.reload();
  await expect(housing.getByText('Tolv barn läste läxor hos oss', { exact: false }).first()).toBeVisible();
  await housing.getByRole('button', { name: 'Bekräfta att samarbetet är genomfört' }).click();
  await expect(housing.getByText('Samarbetet är genomfört och resultatet är sparat.')).toBeVisible();
  await expect(housing.getByText('Genomförd', { exact: true }).first()).toBeVisible();
  await expectAccessible(housing);
  await housing.getByRole('button', { name: 'Stäng utmaningen' }).click();
  await expect(housing.getByText('Utmaningen är stängd.')).toBeVisible();

  // The challenge's page shows the result to the actor.
  await actor.goto(`/challenges/${challenge.id}`);
  const done = actor.getByRole('region', { name: 'Er organisation och utmaningen' });
  await expect(done.getByText('Genomförd', { exact: true })).toBeVisible();
  await expect(done.getByText('åtta höjde sina betyg i matematik', { exact: false })).toBeVisible();
  await expectAccessible(actor);
});

test('a housing company invites an offering from the offering’s page, to one of its open challenges', async ({
  people,
  admin,
}) => {
  const tag = uniqueTag();
  const companyPerson = await people.register('Sofia Engström');
  const company = await createOrganisation(companyPerson.api, {
    kind: 'HOUSING_COMPANY',
    name: `Visbyhem ${tag}`,
    municipalityCode: GOTLAND,
  });
  const actorPerson = await people.register('Karin Wallin');
  const association = await createOrganisation(actorPerson.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Trygghetsvandrarna ${tag}`,
    municipalityCode: '1280',
  });
  await verifyOrganisation(admin, company);
  await verifyOrganisation(admin, association);
  const offering = await createOffering(actorPerson.api, association, {
    title: `Trygghetsvandringar ${tag}`,
    summary: 'Vi går runt i området med de boende och skriver ner vad som känns otryggt.',
    focusAreas: ['CRIME'],
    targetGroups: ['ALL_RESIDENTS'],
    municipalityCodes: ['1280'],
    supportTypes: ['METHOD'],
    costModel: 'FREE',
    status: 'PUBLISHED',
  });
  const challenge = await createChallenge(companyPerson.api, company, {
    title: `Mörka gångvägar i Gråbo ${tag}`,
    focusArea: 'CRIME',
    targetGroups: ['ALL_RESIDENTS'],
    municipalityCode: GOTLAND,
    status: 'OPEN',
  });

  const page = companyPerson.page;
  await page.goto(`/offerings/${offering.id}`);
  const panel = page.getByRole('region', { name: 'Er organisation och erbjudandet' });
  await expect(panel.getByText('Du kommer tillbaka hit när den är publicerad.')).toBeVisible();
  await expectAccessible(page);
  await panel.getByLabel(/^Utmaning/).selectOption({ label: challenge.title });
  await panel.getByRole('button', { name: 'Skicka inbjudan' }).click();
  await expect(page.getByText('Inbjudan är skickad.')).toBeVisible();

  // Back on the offering's page: the invitation, and no second one for the same challenge.
  await page.goto(`/offerings/${offering.id}`);
  const after = page.getByRole('region', { name: 'Er organisation och erbjudandet' });
  await expect(after.getByText('Inbjudan från bostadsbolaget')).toBeVisible();
  await expect(after.getByText('Ni har ingen öppen utmaning som inte redan är matchad med erbjudandet.')).toBeVisible();
  await expectAccessible(page);

  // The actor sees on the same page that it was invited.
  await actorPerson.page.goto(`/challenges/${challenge.id}`);
  const invited = actorPerson.page.getByRole('region', { name: 'Er organisation och utmaningen' });
  await expect(invited.getByText('Inbjudan från bostadsbolaget')).toBeVisible();
  await expect(invited.getByText('Föreslagen', { exact: true })).toBeVisible();
});

import { findCounty } from '@motesplats/contracts';
import type { Page } from '@playwright/test';
import type { Api } from '../support/api';
import {
  createChallenge,
  createOffering,
  createOrganisation,
  openMatch,
  transitionMatch,
  verifyOrganisation,
} from '../support/factories';
import { expect, expectAccessible, test, uniqueTag, type People } from '../support/fixtures';

// Each journey's pair lives in a county of its own that the demo data leaves empty, so the
// board's county filter shows the journey its own matches and suggestions, whatever else runs.
const UMEA = { municipality: '2480', region: '24' };
const OSTERSUND = { municipality: '2380', region: '23' };

/**
 * A verified housing company with an open challenge, and a verified local actor with the
 * published offering a curator would pick for it (the shape of the suggestion-quality test's
 * labelled pair: same place, focus area, target group and kind of support).
 */
async function suitedPair(people: People, admin: Api, municipalityCode: string) {
  const tag = uniqueTag();
  const housing = await people.register('Per Axelsson');
  const company = await createOrganisation(housing.api, {
    kind: 'HOUSING_COMPANY',
    name: `Bostaden ${tag}`,
    municipalityCode,
  });
  const actor = await people.register('Ahmed Farah');
  const association = await createOrganisation(actor.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Trygga vuxna ${tag}`,
    municipalityCode,
  });
  await verifyOrganisation(admin, company);
  await verifyOrganisation(admin, association);
  // The offering first, so the challenge's ranking has it to rank.
  const offering = await createOffering(actor.api, association, {
    title: `Vuxna på kvällar och helger ${tag}`,
    summary: 'Vuxna från området som rör sig ute på kvällar och helger, pratar med unga och larmar vid behov.',
    focusAreas: ['CRIME'],
    targetGroups: ['YOUTH_13_19', 'ALL_RESIDENTS'],
    municipalityCodes: [municipalityCode],
    supportTypes: ['ACTIVITY', 'STAFF'],
    costModel: 'FREE',
    status: 'PUBLISHED',
  });
  const challenge = await createChallenge(housing.api, company, {
    title: `Öppet på fredagskvällar för högstadieelever ${tag}`,
    summary: 'Ungdomarna vill ha någonstans att vara på fredagskvällar.',
    focusArea: 'CRIME',
    targetGroups: ['YOUTH_13_19'],
    municipalityCode,
    bringsPremises: true,
    bringsFunding: true,
    neededSupportTypes: ['STAFF', 'ACTIVITY'],
    status: 'OPEN',
  });
  return { housing, actor, challenge, offering, pair: `${challenge.title} – ${offering.title}` };
}

/** From "Mina matchningar" in the menu to the match's page. */
async function openFromMyMatches(page: Page, pair: string, challenge: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina matchningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina matchningar' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: pair }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(challenge) })).toBeVisible();
}

function timeline(page: Page) {
  return page.getByRole('region', { name: 'Händelser' }).getByRole('listitem');
}

test('a curator proposes a suggested pair; both sides accept, talk, start and complete it, and both see the timeline', async ({
  people,
  admin,
}) => {
  // Two more steps than it had (a completion is proposed, then confirmed) on a busy machine.
  test.setTimeout(240_000);
  const {
    housing: housingPerson,
    actor: actorPerson,
    challenge,
    offering,
    pair,
  } = await suitedPair(people, admin, UMEA.municipality);
  const curatorPerson = await people.administrator();
  const curator = curatorPerson.page;
  await curator.goto('/');

  // The curator finds the challenge in the board's queue and the pair among its suggestions.
  await curator.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Matchningstavla' }).click();
  await expect(curator.getByRole('heading', { level: 1, name: 'Matchningstavla' })).toBeVisible();
  await expect(curator.getByRole('heading', { level: 3, name: /^Föreslagen/ })).toBeVisible();
  await expect(curator.getByRole('heading', { name: 'Förslag att gå igenom' })).toBeVisible();
  // The county filter narrows the columns and the queue alike.
  await curator.getByLabel('Län').selectOption({ label: findCounty(UMEA.region)?.officialName ?? '' });
  await expect(curator).toHaveURL(new RegExp(`region=${UMEA.region}`));
  await expectAccessible(curator);
  await curator
    .getByRole('region', { name: 'Förslag att gå igenom' })
    .getByRole('link', { name: challenge.title })
    .first()
    .click();
  await expect(curator.getByRole('heading', { level: 1, name: challenge.title })).toBeVisible();
  const panel = curator.getByRole('region', { name: 'Förslag på erbjudanden' });
  const suggestion = panel
    .getByRole('listitem')
    .filter({ has: curator.getByRole('heading', { name: offering.title }) });
  await expect(suggestion).toBeVisible();
  // The explanation and the score's parts are there to judge the pair by.
  await suggestion.getByText(/poäng av 100/).click();
  await expect(suggestion.getByText('Fokusområde', { exact: true })).toBeVisible();
  await expectAccessible(curator);
  await suggestion.getByRole('button', { name: /^Föreslå matchning/ }).click();
  await expect(suggestion.getByLabel(/Meddelande till parterna/)).toBeFocused();
  await suggestion
    .getByLabel(/Meddelande till parterna/)
    .fill('Föreningens vuxna finns redan ute på fredagarna – två av dem kan vara med varje kväll.');
  await suggestion.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(curator).toHaveURL(/\/matches\/[0-9a-f-]{36}$/);
  await expect(curator.getByRole('heading', { level: 1, name: new RegExp(challenge.title) })).toBeVisible();
  await expect(curator.getByText('Förslaget är skickat till båda parter.')).toBeVisible();
  await expect(curator.getByText('Föreslagen', { exact: true }).first()).toBeVisible();
  await expectAccessible(curator);
  const matchUrl = curator.url();

  // The housing company accepts in its own browser.
  const housing = housingPerson.page;
  await housing.goto('/');
  await openFromMyMatches(housing, pair, challenge.title);
  await expect(housing.getByText('Bara de två organisationerna och kuratorerna läser meddelandena.')).toBeVisible();
  await expectAccessible(housing);
  await housing.getByRole('button', { name: 'Tacka ja' }).click();
  await expect(housing.getByText('Du har tackat ja.')).toBeVisible();
  await expect(housing.getByRole('heading', { name: 'Läge' })).toBeFocused();
  // Only the actions the company may take now: no second yes, no start before both agree.
  await expect(housing.getByRole('button', { name: 'Tacka ja' })).toHaveCount(0);
  await expect(housing.getByRole('button', { name: 'Starta samarbetet' })).toHaveCount(0);

  // The actor accepts in its own browser; the match is agreed, and the actor writes.
  const actor = actorPerson.page;
  await actor.goto('/');
  await openFromMyMatches(actor, pair, challenge.title);
  await expect(
    actor.getByText('Föreningens vuxna finns redan ute på fredagarna', { exact: false }).first(),
  ).toBeVisible();
  await actor.getByRole('button', { name: 'Tacka ja' }).click();
  await expect(actor.getByText('Du har tackat ja.')).toBeVisible();
  await expect(actor.getByText('Överenskommen', { exact: true }).first()).toBeVisible();
  await actor.getByLabel('Nytt meddelande').fill('Vi kan börja fredagen den 5 december. Vilken lokal blir det?');
  await actor.getByRole('button', { name: 'Skicka meddelandet' }).click();
  await expect(actor.getByText('Meddelandet är skickat.')).toBeVisible();
  await expect(actor.getByText('Vi kan börja fredagen den 5 december. Vilken lokal blir det?')).toBeVisible();
  await expectAccessible(actor);

  // The company reads it, answers, starts the collaboration and later completes it.
  await housing.reload();
  await expect(housing.getByText('Vi kan börja fredagen den 5 december. Vilken lokal blir det?')).toBeVisible();
  await housing.getByLabel('Nytt meddelande').fill('Fritidsgården, från klockan 19.');
  await housing.getByRole('button', { name: 'Skicka meddelandet' }).click();
  await expect(housing.getByText('Meddelandet är skickat.')).toBeVisible();
  await housing.getByRole('button', { name: 'Starta samarbetet' }).click();
  await expect(housing.getByText('Samarbetet är startat.')).toBeVisible();
  await housing.getByRole('button', { name: 'Föreslå att samarbetet är genomfört' }).click();
  const outcome = housing.getByLabel('Vad blev resultatet?');
  await expect(outcome).toBeFocused();
  // The form refuses to propose without an outcome.
  await housing.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(housing.getByText('Beskriv resultatet.').first()).toBeVisible();
  await outcome.fill('Tolv fredagar med två vuxna på plats; i snitt 25 unga per kväll och inga incidenter.');
  await housing.getByRole('button', { name: 'Skicka förslaget' }).click();
  await expect(housing.getByText('Förslaget är skickat.', { exact: false })).toBeVisible();
  // Proposed, not completed: the company cannot confirm its own proposal.
  await expect(housing.getByText('Pågår', { exact: true }).first()).toBeVisible();
  await expect(housing.getByRole('button', { name: 'Bekräfta att samarbetet är genomfört' })).toHaveCount(0);
  await expectAccessible(housing);

  // The actor confirms it.
  await actor.reload();
  await expect(actor.getByRole('heading', { name: 'Förslag: samarbetet är genomfört' })).toBeVisible();
  await actor.getByRole('button', { name: 'Bekräfta att samarbetet är genomfört' }).click();
  await expect(actor.getByText('Samarbetet är genomfört och resultatet är sparat.')).toBeVisible();
  await expect(actor.getByText('Genomförd', { exact: true }).first()).toBeVisible();
  await expect(actor.getByRole('group', { name: 'Vad du kan göra nu' })).toHaveCount(0);
  await expectAccessible(actor);

  // Both sides see the whole story: opened, two yeses, started, proposed, confirmed; and the answer.
  for (const page of [actor, housing]) {
    await page.goto(matchUrl);
    await expect(timeline(page)).toHaveCount(6);
    await expect(timeline(page).nth(0)).toContainText('Föreslog matchningen');
    await expect(timeline(page).nth(0)).toContainText(curatorPerson.name);
    await expect(timeline(page).nth(2)).toContainText('Från Föreslagen till Överenskommen');
    await expect(timeline(page).nth(4)).toContainText('Föreslog att samarbetet är genomfört');
    await expect(timeline(page).nth(5)).toContainText('Bekräftade att samarbetet är genomfört');
    await expect(page.getByText('Tolv fredagar med två vuxna på plats', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Fritidsgården, från klockan 19.')).toBeVisible();
  }
  await expectAccessible(actor);

  // The curator's board now counts it among the completed.
  await curator.goto('/curator/matches');
  await expect(curator.getByRole('region', { name: /^Genomförd/ }).getByRole('link', { name: pair })).toBeVisible();
});

test('two curators start the same agreed match at once: the second is told it changed and reloads it', async ({
  people,
  admin,
}) => {
  // An agreed match: the company invites the offering, the actor accepts.
  const { housing, actor, challenge, offering, pair } = await suitedPair(people, admin, OSTERSUND.municipality);
  const invited = await openMatch(housing.api, {
    action: 'INVITE',
    challengeId: challenge.id,
    offeringId: offering.id,
  });
  await transitionMatch(actor.api, invited, { action: 'ACCEPT' });

  const first = (await people.administrator()).page;
  await first.goto(`/curator/matches?region=${OSTERSUND.region}`);
  await first
    .getByRole('region', { name: /^Överenskommen/ })
    .getByRole('link', { name: pair })
    .click();
  await expect(first.getByRole('heading', { level: 1, name: /^Matchning/ })).toBeVisible();
  const second = (await people.administrator()).page;
  await second.goto(first.url());
  await expect(second.getByRole('button', { name: 'Starta samarbetet' })).toBeVisible();

  await first.getByRole('button', { name: 'Starta samarbetet' }).click();
  await expect(first.getByText('Samarbetet är startat.')).toBeVisible();

  await second.getByRole('button', { name: 'Starta samarbetet' }).click();
  await expect(second.getByText(/Någon annan har ändrat detta/)).toBeVisible();
  await expectAccessible(second);
  await second.getByRole('button', { name: 'Ladda om' }).click();
  await expect(second.getByText('Pågår', { exact: true }).first()).toBeVisible();
  await expect(second.getByRole('button', { name: 'Starta samarbetet' })).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Föreslå att samarbetet är genomfört' })).toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Dra tillbaka' })).toBeVisible();
});

test('a withdrawn match tells why it was withdrawn', async ({ people, admin }) => {
  const { housing, actor, challenge, offering } = await suitedPair(people, admin, UMEA.municipality);
  const interest = await openMatch(actor.api, {
    action: 'EXPRESS_INTEREST',
    challengeId: challenge.id,
    offeringId: offering.id,
  });
  const reason = 'Vi har inte personal nog i höst, tyvärr.';
  await transitionMatch(actor.api, interest, { action: 'WITHDRAW', reason });

  const page = housing.page;
  await page.goto(`/matches/${interest.id}`);
  const heading = page.getByRole('heading', { level: 3, name: 'Skäl till att den drogs tillbaka' });
  await expect(heading).toBeVisible();
  // Under its heading among the match's facts (the timeline shows it too, as the event's note).
  await expect(heading.locator('xpath=following-sibling::p[1]')).toHaveText(reason);
  await expect(page.getByRole('heading', { name: 'Skäl till att den avböjdes' })).toHaveCount(0);
  await expectAccessible(page);
});

import { findCounty } from '@motesplats/contracts';
import { createChallenge, createOffering, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

// A county the demo data and the other journeys leave empty, so the board's county filter
// shows this journey's pairs only.
const GOTLAND = { municipality: '0980', region: '09' };

test('a curator reads what two texts share and what speaks against a pair; weak pairs only when asked for', async ({
  people,
  admin,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const housing = await people.register('Karin Lind');
  const company = await createOrganisation(housing.api, {
    kind: 'HOUSING_COMPANY',
    name: `Gotlandshem ${tag}`,
    municipalityCode: GOTLAND.municipality,
  });
  const actor = await people.register('Amina Yusuf');
  const association = await createOrganisation(actor.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Syföreningen ${tag}`,
    municipalityCode: GOTLAND.municipality,
  });
  await verifyOrganisation(admin, company);
  await verifyOrganisation(admin, association);
  // A close fit that costs money the company has not offered, and a national course for others.
  const sewing = await createOffering(actor.api, association, {
    title: `Arbetsträning i sömnad ${tag}`,
    summary: 'Kvinnor får arbetsträning i sömnad och syr på beställning.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    municipalityCodes: [GOTLAND.municipality],
    supportTypes: ['TRAINING'],
    costModel: 'PER_PARTICIPANT',
    status: 'PUBLISHED',
  });
  const course = await createOffering(actor.api, association, {
    title: `Cykelreparation på distans ${tag}`,
    summary: 'En kurs på nätet om att laga cyklar.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['SENIORS'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['ACTIVITY'],
    costModel: 'FIXED_PRICE',
    status: 'PUBLISHED',
  });
  const challenge = await createChallenge(housing.api, company, {
    title: `Arbetsträning i sömnad för kvinnor ${tag}`,
    summary: 'Kvinnor som står långt från arbetsmarknaden vill lära sig sömnad.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    municipalityCode: GOTLAND.municipality,
    bringsPremises: true,
    bringsFunding: false,
    neededSupportTypes: ['TRAINING'],
    status: 'OPEN',
  });

  const curator = (await people.administrator()).page;
  await curator.goto(`/curator/matches?region=${GOTLAND.region}`);
  await expect(curator.getByRole('heading', { level: 1, name: 'Matchningstavla' })).toBeVisible();
  await expect(curator.getByLabel('Län')).toHaveValue(GOTLAND.region);
  expect(findCounty(GOTLAND.region)).toBeDefined();
  const queue = curator.getByRole('region', { name: 'Förslag att gå igenom' });
  const queued = queue.getByRole('listitem').filter({ has: curator.getByRole('link', { name: challenge.title }) });
  // The queue holds the challenge's best pair (a national demo offering may outrank ours), said
  // with its band and what speaks against it.
  await expect(queued).toBeVisible();
  await expect(queued.getByText(/^(Starkt|Möjligt) förslag$/)).toBeVisible();
  await expect(queued.getByText('Talar emot')).toBeVisible();
  await expectAccessible(curator);

  await queued.getByRole('link', { name: challenge.title }).click();
  await expect(curator.getByRole('heading', { level: 1, name: challenge.title })).toBeVisible();
  const panel = curator.getByRole('region', { name: 'Förslag på erbjudanden' });
  const good = panel.getByRole('listitem').filter({ has: curator.getByRole('heading', { name: sewing.title }) });
  await expect(good).toBeVisible();
  await expect(good.getByText(/^(Starkt|Möjligt) förslag$/)).toBeVisible();
  await expect(good.getByText(/Båda nämner: arbetsträning, .*sömnad/)).toBeVisible();
  await expect(good.getByText('Talar emot')).toBeVisible();
  await expect(
    good.getByText('Kostar pengar (pris per deltagare), och bostadsbolaget har inte angett finansiering'),
  ).toBeVisible();
  // The words-in-common row of the score names the words too.
  await good.getByText(/poäng av 100/).click();
  await expect(good.getByText('Gemensamma ord', { exact: true })).toBeVisible();

  const weakHeading = curator.getByRole('heading', { name: course.title });
  await expect(weakHeading).toHaveCount(0);
  await panel.getByLabel('Visa svaga förslag').check();
  const weak = panel.getByRole('listitem').filter({ has: weakHeading });
  await expect(weak).toBeVisible();
  await expect(weak.getByText('Svagt förslag')).toBeVisible();
  await expect(weak.getByText('Ingen lokal verksamhet i Gotland')).toBeVisible();
  await expect(weak.getByText('Riktar sig inte till kvinnor långt från arbetsmarknaden')).toBeVisible();
  await expectAccessible(curator);
  await panel.getByLabel('Visa svaga förslag').uncheck();
  await expect(weakHeading).toHaveCount(0);
});

import { Method } from '@motesplats/contracts';
import { createLab, createOffering, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

test('a housing company starts a challenge from the framtidsverkstad method, with its indicators and the offerings that ran it', async ({
  people,
  admin,
}) => {
  // A long journey over several pages; on a busy machine it needs the longer timeout.
  test.slow();
  const tag = uniqueTag();
  const owner = await people.register('Maria Lindqvist');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Bostäder ${tag}`,
    municipalityCode: '0180',
  });
  await verifyOrganisation(admin, company);
  const framtidsverkstad = await owner.api.get('/methods/framtidsverkstad', Method);

  // A local association that ran a future workshop with the company in an earlier lab.
  const actorOwner = await people.register('Ali Hassan');
  const actor = await createOrganisation(actorOwner.api, {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: `Ungdomsföreningen ${tag}`,
    municipalityCode: '0180',
  });
  await verifyOrganisation(admin, actor);
  const experienced = await createOffering(actorOwner.api, actor, {
    title: `Kvällsaktiviteter för unga ${tag}`,
    focusAreas: ['SCHOOLS'],
    targetGroups: ['YOUTH_13_19'],
    municipalityCodes: ['0180'],
    supportTypes: ['ACTIVITY'],
    costModel: 'FREE',
    status: 'PUBLISHED',
  });
  await createLab(owner.api, company, {
    name: `Förra labbet ${tag}`,
    neighbourhood: 'Rinkeby',
    municipalityCode: '0180',
    focusAreas: ['SERVICES'],
    partners: [{ organisationId: actor.id, role: 'Höll i framtidsverkstaden' }],
    methodIds: [framtidsverkstad.id],
  });
  const labName = `Labbet i Tensta ${tag}`;
  await createLab(owner.api, company, {
    name: labName,
    neighbourhood: 'Tensta',
    municipalityCode: '0180',
    focusAreas: ['SERVICES'],
  });

  const page = owner.page;
  await page.goto('/methods/framtidsverkstad');
  // The first page of the run may wait for the server's start-up work (the suggestion cache).
  await expect(page.getByRole('heading', { level: 1, name: 'Framtidsverkstad' })).toBeVisible({ timeout: 30_000 });
  const templates = page.getByRole('region', { name: 'Indikatorer att mäta' });
  await expect(templates.getByText('Deltagare i framtidsverkstaden')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Starta med den här metoden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utmaning' })).toBeVisible();
  await expect(page.getByLabel('Rubrik')).toHaveValue('Framtidsverkstad i vårt område');
  await expect(page.getByLabel('Beskrivning')).toHaveValue(/Kritikfasen/);
  await expect(page.getByRole('checkbox', { name: 'Ungdomar 13–19 år' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Framtidsverkstad' })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel('Rubrik').fill(`Framtidsverkstad i Tensta ${tag}`);
  await page.getByLabel('Kommun').selectOption('0180');
  await page.getByLabel('Labb').selectOption({ label: labName });
  await page.getByRole('radio', { name: 'Publicera direkt' }).check();
  await page.getByRole('button', { name: 'Spara utmaningen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Framtidsverkstad i Tensta ${tag}` })).toBeVisible();
  // The challenge's own method first; the suggestions below name it again for the offerings that ran it.
  await expect(page.getByRole('link', { name: 'Framtidsverkstad', exact: true }).first()).toHaveAttribute(
    'href',
    '/methods/framtidsverkstad',
  );
  const suggestions = page.getByRole('region', { name: 'Förslag på erbjudanden' });
  // Offerings that ran the method come first (the demo data's own Framtidsverkstad partner too).
  await expect(suggestions.getByRole('listitem').first().getByText('Har arbetat med metoden')).toBeVisible();
  const ours = suggestions.getByRole('listitem').filter({ has: page.getByRole('link', { name: experienced.title }) });
  await expect(ours.getByText('Har arbetat med metoden')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: labName }).click();
  const results = page.getByRole('region', { name: 'Resultat' });
  await expect(results.getByRole('heading', { name: 'Deltagare i framtidsverkstaden' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Förslag som boende driver vidare' })).toBeVisible();

  // The method's page now names the town that started from it.
  await page.goto('/methods/framtidsverkstad');
  const starts = page.getByRole('table', { name: /Orter som startat med Framtidsverkstad/ });
  await expect(starts.getByRole('row', { name: new RegExp(`Framtidsverkstad i Tensta ${tag}`) }).first()).toContainText(
    'Inte mätt ännu',
  );
});

test('a curator edits a method; the library shows the change', async ({ people }) => {
  test.slow();
  const curator = await people.administrator();
  const tag = uniqueTag();
  const method = await curator.api.post(
    '/methods',
    {
      name: `Trapphusmöte ${tag}`,
      purpose: 'Att grannar i samma trappuppgång lär känna varandra och säger vad de vill ändra.',
      steps: [{ title: 'Bjud in', body: 'Lappar i trappuppgången och knack på dörrar.' }],
      focusAreas: ['SERVICES'],
    },
    Method,
  );
  const page = curator.page;
  await page.goto(`/methods/${method.slug}`);
  await page.getByRole('link', { name: 'Redigera metoden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera metod' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Fallgropar').fill('Att bara de som redan är aktiva kommer.');
  await page.getByRole('button', { name: 'Lägg till ett steg' }).click();
  await page.getByLabel('Steg 2: rubrik').fill('Följ upp');
  await page.getByLabel('Perspektiv').fill('genus, föräldraskap');
  await page.getByRole('button', { name: 'Spara metoden' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Trapphusmöte ${tag}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Fallgropar' })).toBeVisible();
  await expect(page.getByText('Att bara de som redan är aktiva kommer.')).toBeVisible();
  await expect(page.getByText('Följ upp.')).toBeVisible();
  await expect(page.getByText('genus, föräldraskap')).toBeVisible();
  await expectAccessible(page);

  // Others are told the library is the curators' to write.
  const member = await people.register('Karin Berg');
  await member.page.goto(`/methods/${method.slug}/edit`);
  await expect(member.page.getByRole('heading', { level: 1 })).toHaveText('Ingen behörighet');
});

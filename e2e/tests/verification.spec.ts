import { createChallenge, createOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueOrgNumber, uniqueTag } from '../support/fixtures';

const SODERTALJE = '0181';

test('a new housing company’s challenge stays hidden until a curator verifies it from the queue', async ({
  people,
}) => {
  // Four people in four browsers, three of them checked with axe.
  test.setTimeout(120_000);
  const tag = uniqueTag();
  const name = `Nya Bostäder Södertälje ${tag}`;
  const title = `Läxhjälp i Ronna ${tag}`;
  const orgNumber = uniqueOrgNumber();

  // A new housing company registers and publishes a challenge at once.
  const owner = await people.register('Petra Lund');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name,
    orgNumber,
    municipalityCode: SODERTALJE,
    description: 'Vi äger hyreshus i Ronna.',
  });
  const challenge = await createChallenge(owner.api, company, {
    title,
    focusArea: 'SCHOOLS',
    targetGroups: ['CHILDREN'],
    municipalityCode: SODERTALJE,
    status: 'OPEN',
  });

  // Its own page tells it what waiting means and what happens next.
  await owner.page.goto(`/my-organisation/${company.id}`);
  const notice = owner.page.getByRole('region', { name: 'Organisationen väntar på verifiering' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('bara för er och kuratorerna');
  await expect(notice).toContainText('en till två arbetsdagar');
  await expectAccessible(owner.page);
  await owner.page.goto(`/challenges/${challenge.id}`);
  await expect(owner.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(owner.page.getByText(`Bara ni och kuratorerna ser det här tills en kurator`)).toBeVisible();

  // A visitor finds nothing of it: not in the search, not by the link, not the profile's details.
  const visitor = await people.stranger();
  await visitor.goto(`/challenges?q=${tag}`);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Utmaningar' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: title })).toHaveCount(0);
  await visitor.goto(`/challenges/${challenge.id}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
  await visitor.goto(`/organisations/${company.id}`);
  await expect(visitor.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(visitor.getByText('Vi äger hyreshus i Ronna.')).toHaveCount(0);

  // The curator checks it in the queue: the number and its check digit, the members, the challenge.
  const curator = (await people.administrator()).page;
  await curator.goto('/curator');
  const row = curator.getByRole('listitem').filter({ has: curator.getByRole('heading', { name }) });
  await expect(row).toContainText(`${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}`);
  await expect(row).toContainText('kontrollsiffran stämmer');
  await expect(row).toContainText(owner.email);
  await expect(row.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(curator);
  await row.getByRole('button', { name: `Verifiera ${name}` }).click();
  await expect(curator.getByText(`${name} är verifierad och har lämnat kön.`)).toBeVisible();

  // Now the visitor finds it.
  await visitor.goto(`/challenges?q=${tag}`);
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
  await visitor.getByRole('link', { name: title }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectAccessible(visitor);

  // And the company's page no longer warns.
  await owner.page.goto(`/my-organisation/${company.id}`);
  await expect(owner.page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(owner.page.getByRole('region', { name: 'Organisationen väntar på verifiering' })).toHaveCount(0);
});

test('a curator rejects only with a reason, and the members read it', async ({ people }) => {
  const tag = uniqueTag();
  const name = `Falska Stockholmshem ${tag}`;
  const owner = await people.register('Kim Falk');
  const organisation = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name,
    municipalityCode: '0180',
  });

  const curator = (await people.administrator()).page;
  await curator.goto('/curator');
  const row = curator.getByRole('listitem').filter({ has: curator.getByRole('heading', { name }) });
  await row.getByRole('button', { name: `Avslå ${name}` }).click();
  const reason = row.getByRole('textbox', { name: /Anteckning, och skäl om du avslår/ });
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAccessibleDescription(/Skriv varför organisationen avslås/);
  await reason.fill('Organisationsnumret hör till ett annat bolag.');
  await row.getByRole('button', { name: `Avslå ${name}` }).click();
  await expect(curator.getByText(`${name} är avslagen och har lämnat kön.`)).toBeVisible();

  await owner.page.goto('/notifications');
  await expect(
    owner.page.getByRole('link', { name: `${name} blev inte godkänd av Sveriges Allmännytta` }),
  ).toBeVisible();
  await expect(owner.page.getByText('Skäl: Organisationsnumret hör till ett annat bolag.')).toBeVisible();
  await owner.page.goto(`/organisations/${organisation.id}`);
  const notice = owner.page.getByRole('region', { name: 'Organisationen blev inte godkänd' });
  await expect(notice).toContainText('Kuratorns skäl: Organisationsnumret hör till ett annat bolag.');
  await expectAccessible(owner.page);
});

import { readFile } from 'node:fs/promises';
import { AccountExport, CreatedIdea } from '@motesplats/contracts';
import { z } from 'zod';
import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

const NORRKOPING = '0581';

test('a member downloads their data and deletes their account; their comment stays, by a former member; the last owner is told to hand over first', async ({
  people,
  admin,
}) => {
  test.setTimeout(300_000);
  const tag = uniqueTag();

  // A housing company with a lab, an idea a resident sent, and a comment on it by Kim.
  const owner = await people.register('Sara Lind');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Bostäder ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, company);
  const lab = await createLab(owner.api, company, {
    name: `Gårdslabbet ${tag}`,
    neighbourhood: 'Navestad',
    municipalityCode: NORRKOPING,
    focusAreas: ['SCHOOLS'],
    status: 'ACTIVE',
  });
  const resident = await people.stranger();
  const sent = await resident.request.post('/api/v1/ideas', {
    data: { labId: lab.id, title: `Läxhjälp ${tag}`, body: 'Läxhjälp i lokalen på tisdagar.' },
  });
  const idea = CreatedIdea.parse(await sent.json());
  await owner.api.post(`/ideas/${idea.id}/publish`, { version: 1 }, z.unknown());
  const kim = await people.register('Kim Berg');
  const comment = `Jag kan hjälpa till med matte ${tag}.`;
  await kim.api.post(`/ideas/${idea.id}/comments`, { body: comment }, z.unknown());

  // Kim downloads everything the platform holds about them.
  const page = kim.page;
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 2, name: 'Dina uppgifter' })).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Ladda ner mina uppgifter (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^motesplats-mina-uppgifter-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = AccountExport.parse(JSON.parse(await readFile(await download.path(), 'utf8')));
  expect(exported.account).toMatchObject({ email: kim.email, name: 'Kim Berg' });
  expect(exported.records.comments).toEqual([expect.objectContaining({ body: comment })]);
  expect(exported.records.sessions?.length).toBeGreaterThan(0);

  // A wrong password deletes nothing.
  const password = page.getByLabel('Ditt lösenord');
  await password.fill('inte mitt lösenord');
  await page.getByRole('button', { name: 'Ta bort mitt konto' }).click();
  await expect(page.getByText('Lösenordet stämmer inte.').first()).toBeVisible();

  await password.fill(kim.password);
  await page.getByRole('button', { name: 'Ta bort mitt konto' }).click();
  // The start page comes first (it may take a while on a busy machine), then the session is cleared.
  await expect(page.getByText('Ditt konto är borttaget.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: 'Logga in' }).first()).toBeVisible();

  // Their comment is still there, by a former member; their session is gone.
  await resident.goto(`/ideas/${idea.id}`);
  await expect(resident.getByText(comment)).toBeVisible({ timeout: 30_000 });
  await expect(resident.getByText(/tidigare medlem/).first()).toBeVisible();
  expect((await kim.context.request.get('/api/v1/auth/me')).status()).toBe(401);

  // Sara owns the company alone, and it has a lab: she is told to hand over first.
  await owner.page.goto('/account');
  await owner.page.getByLabel('Ditt lösenord').fill(owner.password);
  await owner.page.getByRole('button', { name: 'Ta bort mitt konto' }).click();
  const refusal = owner.page.getByRole('alert').filter({ hasText: 'Du är den sista ägaren' });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  await expect(refusal.getByRole('link', { name: company.name })).toBeVisible();
  await expectAccessible(owner.page);
  expect((await owner.context.request.get('/api/v1/auth/me')).status()).toBe(200);
});

import { createLab, createOrganisation, verifyOrganisation } from '../support/factories';
import { expect, expectAccessible, test, uniqueTag } from '../support/fixtures';

const NORRKOPING = '0581';

test('a lab records a meeting and writes in its diary; a visitor sees them with small groups hidden, a follower is told', async ({
  people,
  admin,
}) => {
  const tag = uniqueTag();
  const labName = `Ringdansen ${tag}`;
  const postTitle = `Vi ritade om gården ${tag}`;
  const owner = await people.register('Helena Sjöberg');
  const company = await createOrganisation(owner.api, {
    kind: 'HOUSING_COMPANY',
    name: `Hyresbostäder ${tag}`,
    municipalityCode: NORRKOPING,
  });
  await verifyOrganisation(admin, company);
  const lab = await createLab(owner.api, company, {
    name: labName,
    neighbourhood: 'Ringdansen',
    municipalityCode: NORRKOPING,
    focusAreas: ['SERVICES'],
    status: 'ACTIVE',
  });

  // A resident follows the lab from its page.
  const follower = await people.register('Amina Yusuf');
  await follower.page.goto(`/labs/${lab.id}`);
  await follower.page.getByRole('button', { name: 'Följ labbet' }).click();
  await expect(follower.page.getByRole('button', { name: 'Sluta följa' })).toHaveAttribute('aria-pressed', 'true');

  // The lab records a meeting: 12 people, of whom 3 men and 1 other.
  const page = owner.page;
  await page.goto(`/labs/${lab.id}`);
  await page.getByRole('link', { name: 'Registrera ett möte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera ett möte' })).toBeVisible();
  await page.getByLabel('Mötesform').selectOption({ label: 'En annan mötesform' });
  await page.getByLabel('Namn på mötesformen').fill('Promenad i området');
  await page.getByLabel('Plats', { exact: true }).fill('Torget i Ringdansen');
  await page.getByLabel('Antal deltagare').fill('12');
  await page.getByLabel('Vi räknade kvinnor, män och annat eller ej angivet').check();
  const breakdown = page.getByRole('group', { name: 'Fördelning' });
  await breakdown.getByLabel('Kvinnor').fill('8');
  await breakdown.getByLabel('Män').fill('3');
  await breakdown.getByLabel('Annat eller ej angivet').fill('2');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
  // 8 + 3 + 2 is not 12: the form says so and keeps what was typed.
  await expect(page.getByText('Kvinnor, män och annat ska tillsammans bli antalet deltagare.').first()).toBeVisible();
  await expectAccessible(page);
  await breakdown.getByLabel('Annat eller ej angivet').fill('1');
  await page.getByRole('button', { name: 'Spara mötet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: labName })).toBeVisible();
  const ownMeetings = page.getByRole('region', { name: 'Möten med de boende' });
  // The lab's own people see every number.
  await expect(ownMeetings).toContainText('Kvinnor 8 · Män 3 · Annat eller ej angivet 1');

  // And writes in the diary, with a script that must not survive.
  await page.getByRole('link', { name: 'Skriv i dagboken' }).click();
  await page.getByLabel('Rubrik').fill(postTitle);
  await page
    .getByLabel('Text', { exact: true })
    .fill('<p>Boende ritade sin gård.</p><script>window.hacked = 1</script><a href="javascript:alert(1)">länk</a>');
  await page.getByRole('button', { name: 'Spara inlägget' }).click();
  await expect(page.getByRole('heading', { level: 3, name: postTitle })).toBeVisible();

  // A visitor sees the meeting with the small groups hidden, the post, and the feed.
  const visitor = await people.stranger();
  await visitor.goto(`/labs/${lab.id}`);
  const meetings = visitor.getByRole('region', { name: 'Möten med de boende' });
  await expect(meetings).toContainText('Promenad i området');
  await expect(meetings).toContainText('12 deltagare');
  await expect(meetings).toContainText('Kvinnor 8 · Män färre än 5 · Annat eller ej angivet färre än 5');
  const diary = visitor.getByRole('region', { name: 'Labbdagbok' });
  await expect(diary.getByRole('heading', { level: 3, name: postTitle })).toBeVisible();
  await expect(diary).toContainText('Boende ritade sin gård.');
  expect(await visitor.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  // The javascript: link keeps its words and loses its target.
  await expect(diary.getByText('länk', { exact: true })).toBeVisible();
  await expect(diary.locator('a[href^="javascript"]')).toHaveCount(0);
  const feedLink = diary.getByRole('link', { name: 'Följ dagboken i en flödesläsare (Atom)' });
  await expect(feedLink).toHaveAttribute('href', `/api/v1/labs/${lab.id}/diary.atom`);
  await expect(visitor.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    `/api/v1/labs/${lab.id}/diary.atom`,
  );
  const feed = await visitor.request.get(`/api/v1/labs/${lab.id}/diary.atom`);
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await feed.text()).toContain(postTitle);
  await expectAccessible(visitor);

  // The follower was told of the post and the meeting.
  await follower.page.goto('/notifications');
  await expect(follower.page.getByText(`Helena Sjöberg skrev i dagboken för ${labName}: ${postTitle}`)).toBeVisible();
  await expect(follower.page.getByText(`${labName} har registrerat ett nytt möte: Promenad i området`)).toBeVisible();
});

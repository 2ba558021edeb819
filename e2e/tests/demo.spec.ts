import { findCounty } from '@motesplats/contracts';
import {
  DEMO_CHALLENGES,
  DEMO_LABS,
  DEMO_MATCHES,
  DEMO_OFFERINGS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoMatch,
} from '../../apps/api/src/db/seed/demo-data';
import { expect, expectAccessible, signIn, test } from '../support/fixtures';

// The one journey that reads the demo story (`pnpm start` loads it into an empty database):
// what it expects comes from the demo data itself. It only reads, so the other journeys, which
// make their own data, never meet it, and it never meets theirs.

const STATE_COLUMN = {
  PROPOSED: 'Föreslagen',
  AGREED: 'Överenskommen',
  ACTIVE: 'Pågår',
  COMPLETED: 'Genomförd',
  DECLINED: 'Avböjd',
  WITHDRAWN: 'Tillbakadragen',
} as const;

const pairOf = (match: DemoMatch) =>
  `${DEMO_CHALLENGES[match.challenge].title} – ${DEMO_OFFERINGS[match.offering].title}`;

test('the demo story loads: its labs, partners, accounts, matches and verification queue read as the demo data says', async ({
  page,
  people,
}) => {
  test.setTimeout(120_000);

  // The home page: the four focus areas and the four labs.
  await page.goto('/');
  for (const area of ['Arbetslöshet', 'Skolresultat', 'Samhällsservice', 'Brottslighet']) {
    await expect(page.getByRole('heading', { name: area })).toBeVisible();
  }
  for (const lab of Object.values(DEMO_LABS)) {
    await expect(page.getByRole('heading', { name: lab.name }).first()).toBeVisible();
  }
  await expectAccessible(page);

  // A lab's page lists its partners and what each does there.
  const portalen = DEMO_LABS.portalen;
  await page.goto('/labs');
  await page.getByRole('link', { name: portalen.name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: portalen.name })).toBeVisible();
  const partners = page.getByRole('region', { name: 'Partner' }).getByRole('listitem');
  await expect(partners).toHaveCount(portalen.partners.length);
  for (const partner of portalen.partners) {
    await expect(
      partners.filter({ hasText: DEMO_ORGANISATIONS[partner.organisation].name }).filter({ hasText: partner.role }),
    ).toHaveCount(1);
  }
  await expectAccessible(page);

  // A demo account signs in with the demo password and finds its organisation's matches.
  const owner = DEMO_USERS.norrkopingOwner;
  const ownOrganisations = new Set(
    Object.entries(DEMO_ORGANISATIONS)
      .filter(([, organisation]) => organisation.members.some((m) => DEMO_USERS[m.user].email === owner.email))
      .map(([key]) => key),
  );
  const ownMatches = Object.values(DEMO_MATCHES).filter(
    (match) =>
      ownOrganisations.has(DEMO_CHALLENGES[match.challenge].organisation) ||
      ownOrganisations.has(DEMO_OFFERINGS[match.offering].organisation),
  );
  expect(ownMatches.length).toBeGreaterThan(0);
  const member = await people.stranger();
  await signIn(member, owner.email, DEMO_PASSWORD);
  await expect(member.getByText(`Inloggad som ${owner.name}`)).toBeVisible();
  await member.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina matchningar' }).click();
  await expect(member.getByRole('heading', { level: 1, name: 'Mina matchningar' })).toBeVisible();
  for (const match of ownMatches) await expect(member.getByRole('link', { name: pairOf(match) })).toBeVisible();
  await expectAccessible(member);

  // The curator finds the organisations that wait for verification...
  const curator = await people.stranger();
  await signIn(curator, DEMO_USERS.curator.email, DEMO_PASSWORD);
  await curator.goto('/curator');
  const queue = curator.getByRole('region', { name: 'Väntar på verifiering' });
  const pending = Object.values(DEMO_ORGANISATIONS).filter((o) => o.verification === 'PENDING');
  expect(pending.length).toBeGreaterThan(0);
  for (const organisation of pending) {
    await expect(queue.getByRole('listitem').filter({ hasText: organisation.name })).toBeVisible();
  }
  await expectAccessible(curator);

  // ...and, county by county, every demo match in the column of its state: between them, the
  // demo's counties that no other journey uses hold a match in every state.
  const seen = new Set<string>();
  for (const county of ['25', '14']) {
    await curator.goto(`/curator/matches?region=${county}`);
    await expect(
      curator.getByLabel('Län').getByRole('option', { name: findCounty(county)?.officialName, selected: true }),
    ).toBeAttached();
    const inCounty = Object.values(DEMO_MATCHES).filter((m) =>
      DEMO_CHALLENGES[m.challenge].municipalityCode.startsWith(county),
    );
    for (const match of inCounty) {
      const column = curator.getByRole('region', { name: new RegExp(`^${STATE_COLUMN[match.state]}`) });
      await expect(column.getByRole('link', { name: pairOf(match) })).toBeVisible();
      seen.add(match.state);
    }
    await expectAccessible(curator);
  }
  expect([...seen].sort()).toEqual(Object.keys(STATE_COLUMN).sort());
});

import type { SuggestionList } from '@motesplats/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_CHALLENGES,
  DEMO_MATCHES,
  DEMO_OFFERINGS,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoChallengeKey,
  type DemoOfferingKey,
} from '../../db/seed/demo-data';
import { loadDemoData } from '../../db/seed/load-demo';
import { Client, createTestApp, type TestApp } from '../../test/app';

/*
 * The labelled set: for every OPEN demo challenge, the offering a curator would pick among those
 * not yet matched with it, chosen by reading both texts (not by looking at the ranking). Each
 * must be in the top 3 of the challenge's suggestions.
 */
const CURATOR_PICKS: Record<string, { offering: DemoOfferingKey; why: string }> = {
  bodenKafe: {
    offering: 'kunskapsbronSvenska',
    why: 'The only actor working in Boden that trains residents (a study association’s circles are how residents learn to run a place together), for the café’s older and newly arrived residents.',
  },
  rannebergenCentrum: {
    offering: 'foraldraVandringar',
    why: 'The challenge wants more adults in the centre in the evenings: parents’ evening walks do exactly that, and the network already runs groups in Göteborg.',
  },
  rannebergenLaxhjalp: {
    offering: 'foraldraVandringar',
    why: 'With the homework club taken, the only other school-focused actor that can work in Göteborg: parents’ meetings about school for the same parents and teenagers.',
  },
  portalenSprak: {
    offering: 'vavaArbetstraning',
    why: 'Same women in Norrköping, training and activities, and the next step after Swedish lessons the challenge asks for (work).',
  },
  portalenTjejer: {
    offering: 'foraldraVandringar',
    why: 'Parents keep their daughters home because evenings feel unsafe; parents’ walks and meetings make the evenings safer for the same families.',
  },
  portalenMentorer: {
    offering: 'kommunArbetsmarknad',
    why: 'The municipality’s job coaches already work in Portalen with the same women and supplied staff to the first lab.',
  },
  linaFeriejobb: {
    offering: 'tryggaLinaSommarvardar',
    why: 'A Lina Hage association that already employs and supervises young people as summer hosts in the neighbourhood.',
  },
  linaFredagar: {
    offering: 'tryggaLinaVuxna',
    why: 'Adults from Lina Hage already out on Friday and Saturday evenings: the two adults the open evenings need.',
  },
  telgeTrygghet: {
    offering: 'dialogakademinDialog',
    why: 'The company wants one method for all areas and feedback to the residents: Dialogakademin leads resident meetings and writes that feedback.',
  },
  hyresbostaderDigital: {
    offering: 'kommunDigitalaGuider',
    why: 'Digital guides for older people in Norrköping: mobile phones, bank-id and fault reports, exactly what the company asks for.',
  },
} satisfies Partial<Record<DemoChallengeKey, { offering: DemoOfferingKey; why: string }>>;

/**
 * Pairs a curator would not look at twice: a different activity for other people. Each must
 * stay out of the challenge's top 3 and be banded weak, so the default lists never show it.
 */
const MISFITS: { challenge: DemoChallengeKey; offering: DemoOfferingKey; why: string }[] = [
  {
    challenge: 'hyresbostaderDigital',
    offering: 'vavaArbetstraning',
    why: 'Older tenants need help with phones and bank-id; sewing and catering work training for women does not give it.',
  },
  {
    challenge: 'portalenTjejer',
    offering: 'kommunDigitalaGuider',
    why: 'Girls’ training and safe evenings; digital guides for older people share only the municipality.',
  },
  {
    challenge: 'linaFredagar',
    offering: 'kunskapsbronSvenska',
    why: 'Friday evenings for teenagers; Swedish study circles for adults are neither for them nor in the evenings.',
  },
  {
    challenge: 'portalenSprak',
    offering: 'hagebyTjejtraning',
    why: 'Swedish for mothers at home; girls’ sport in the evenings is for their daughters, not them.',
  },
  {
    challenge: 'rannebergenLaxhjalp',
    offering: 'kunskapsbronSvenska',
    why: 'Homework help for pupils in year 7–9; study circles in Swedish for adults are another thing.',
  },
];

/** Picks that fit on nearly every count: the lists call them strong. */
const STRONG_PICKS: string[] = ['portalenMentorer', 'linaFeriejobb', 'linaFredagar', 'hyresbostaderDigital'];

let t: TestApp;
let curator: Client;
const challengeIds = new Map<string, string>();
const offeringTitles = new Map<string, DemoOfferingKey>();

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.app.prisma);
  curator = new Client(t.app);
  const login = await curator.post('/api/v1/auth/login', { email: DEMO_USERS.curator.email, password: DEMO_PASSWORD });
  expect(login.statusCode).toBe(200);
  for (const c of await t.app.prisma.challenge.findMany({ select: { id: true, title: true } })) {
    const key = Object.entries(DEMO_CHALLENGES).find(([, d]) => d.title === c.title)?.[0];
    if (key) challengeIds.set(key, c.id);
  }
  for (const [key, offering] of Object.entries(DEMO_OFFERINGS)) {
    offeringTitles.set(offering.title, key as DemoOfferingKey);
  }
});

afterAll(async () => {
  await t.close();
});

describe('suggestion quality on the demo data', () => {
  it('labels every open demo challenge, never with an offering it is already matched with', () => {
    const open = Object.entries(DEMO_CHALLENGES)
      .filter(([, c]) => c.status === 'OPEN')
      .map(([key]) => key)
      .sort();
    expect(Object.keys(CURATOR_PICKS).sort()).toEqual(open);
    for (const [challenge, pick] of Object.entries(CURATOR_PICKS)) {
      const matched = Object.values(DEMO_MATCHES).some(
        (m) => m.challenge === challenge && m.offering === pick.offering,
      );
      expect(matched, `${challenge} is already matched with ${pick.offering}`).toBe(false);
      expect(DEMO_OFFERINGS[pick.offering].status).toBe('PUBLISHED');
    }
  });

  it.each(Object.entries(CURATOR_PICKS))("ranks the curator's pick for %s in the top 3", async (challenge, pick) => {
    const items = await ranking(challenge, 10);
    const lines = items.map(
      (s) => `${offeringTitles.get(s.offering.title)} ${s.score} ${s.band} ${JSON.stringify(s.components)}`,
    );
    const place = lines.findIndex((line) => line.startsWith(`${pick.offering} `));
    expect(place, `${pick.why}\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
    expect(place, `${pick.why}\n${lines.join('\n')}`).toBeLessThan(3);
    if (STRONG_PICKS.includes(challenge)) expect(items[place]?.band, pick.why).toBe('STRONG');
  });

  it.each(MISFITS.map((m) => [`${m.challenge} – ${m.offering}`, m] as const))(
    'ranks the misfit %s low and bands it weak',
    async (_, misfit) => {
      const items = await ranking(misfit.challenge, 50);
      const lines = items.map((s) => `${offeringTitles.get(s.offering.title)} ${s.score} ${s.band}`);
      const place = items.findIndex((s) => offeringTitles.get(s.offering.title) === misfit.offering);
      expect(place, `${misfit.why}\n${lines.join('\n')}`).toBeGreaterThanOrEqual(3);
      expect(items[place]?.band, misfit.why).toBe('WEAK');
      expect(items[place]?.against.length, misfit.why).toBeGreaterThanOrEqual(2);
    },
  );

  it('bands homework help and parents’ night walks weak: the best there is, but not a good pair', async () => {
    const items = await ranking('rannebergenLaxhjalp', 10);
    const walks = items.find((s) => offeringTitles.get(s.offering.title) === 'foraldraVandringar');
    expect(walks?.band).toBe('WEAK');
    expect(walks?.against).toContain('Ingen lokal verksamhet i Göteborg');
    const shown = await curator.get(`/api/v1/challenges/${challengeIds.get('rannebergenLaxhjalp')}/suggestions`);
    expect((shown.json() as SuggestionList).items.some((s) => s.offering.id === walks?.offering.id)).toBe(false);
  });
});

/** The challenge's ranking, weak pairs included. */
async function ranking(challenge: string, limit: number) {
  const response = await curator.get(
    `/api/v1/challenges/${challengeIds.get(challenge)}/suggestions?limit=${limit}&includeWeak=true`,
  );
  expect(response.statusCode).toBe(200);
  return (response.json() as SuggestionList).items;
}

// The benchmark's data set: housing companies, labs, local actors, offerings, challenges,
// matches in every state with their events and messages, ideas with supports, indicators and
// measurements, in Swedish, with the distributions of the real thing, loaded with COPY.
//
//   pnpm bench:data --scale demo|national|nordic [--offerings N] [--database-url URL] [--data-dir DIR]
//
// Without --database-url an embedded PostgreSQL is started in --data-dir (default
// .data/bench-<scale>), migrated and loaded with the demo story first (its accounts sign in).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fakerSV } from '@faker-js/faker';
import { MUNICIPALITIES } from '@motesplats/contracts';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword } from '../src/lib/passwords';
import {
  ACTOR_NAME_PATTERNS,
  FOCUS_VOCABULARY,
  GROUP_WORDS,
  IDEA_TEMPLATES,
  LARGE_MUNICIPALITIES,
  MESSAGE_TEMPLATES,
  NAME_WORDS,
  PLACES,
  type Focus,
} from './vocabulary';

export interface Scale {
  name: string;
  companies: number;
  labs: number;
  actors: number;
  offerings: number;
  challenges: number;
  matches: number;
  ideas: number;
}

export const SCALES: Record<string, Scale> = {
  demo: {
    name: 'demo',
    companies: 30,
    labs: 100,
    actors: 1_000,
    offerings: 5_000,
    challenges: 1_000,
    matches: 5_000,
    ideas: 10_000,
  },
  national: {
    name: 'national',
    companies: 300,
    labs: 2_000,
    actors: 20_000,
    offerings: 100_000,
    challenges: 20_000,
    matches: 100_000,
    ideas: 200_000,
  },
  nordic: {
    name: 'nordic',
    companies: 1_500,
    labs: 10_000,
    actors: 100_000,
    offerings: 500_000,
    challenges: 100_000,
    matches: 500_000,
    ideas: 1_000_000,
  },
};

/** The password of every generated account (the demo accounts keep theirs). */
export const BENCH_PASSWORD = 'bench-lösenord-2026';
/** Share of challenges that are OPEN (the rest in progress, closed or drafts): open ones are ranked for suggestions. */
const OPEN_SHARE = 0.01;

const FOCI: Focus[] = ['UNEMPLOYMENT', 'SCHOOLS', 'CRIME', 'SERVICES'];
/** Skewed: most work is about jobs and schools. */
const FOCUS_WEIGHTS = [0.4, 0.3, 0.2, 0.1];
const GROUPS = Object.keys(GROUP_WORDS);
const GROUP_WEIGHTS = [0.14, 0.08, 0.2, 0.12, 0.14, 0.1, 0.1, 0.05, 0.03, 0.04];
const SUPPORT_TYPES = ['ACTIVITY', 'METHOD', 'STAFF', 'FUNDING', 'PREMISES', 'TRAINING'];
const SUPPORT_WEIGHTS = [0.4, 0.15, 0.15, 0.1, 0.1, 0.1];
const ACTOR_TYPES = [
  'ASSOCIATION',
  'STUDY_ASSOCIATION',
  'SOCIAL_ENTERPRISE',
  'BUSINESS',
  'MUNICIPAL_UNIT',
  'SCHOOL',
  'OTHER',
];
const ACTOR_TYPE_WEIGHTS = [0.55, 0.08, 0.1, 0.1, 0.08, 0.06, 0.03];
const COST_MODELS = ['FREE', 'FIXED_PRICE', 'PER_PARTICIPANT', 'CO_FUNDED', 'NEGOTIABLE'];
const MATCH_STATES = ['PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as const;
const MATCH_STATE_WEIGHTS = [0.2, 0.1, 0.2, 0.25, 0.15, 0.1];
const DAY = 86_400_000;
const NOW = Date.now();
const YEARS = 5;

// ---- randomness ---------------------------------------------------------------------------------

fakerSV.seed(14);
const random = () => fakerSV.number.float({ min: 0, max: 1 });
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

function weighted<T>(items: readonly T[], weights: readonly number[]): () => T {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  return () => {
    const r = random();
    let i = 0;
    while (i < cumulative.length - 1 && r > (cumulative[i] as number)) i++;
    return items[i] as T;
  };
}

/** 1 + a Pareto-like count: most have few, a long tail has many (mean ≈ `mean`). */
function heavyTail(mean: number, max: number): number {
  const alpha = 1.6;
  const xm = ((mean - 1) * (alpha - 1)) / alpha;
  const x = xm / Math.pow(1 - random(), 1 / alpha);
  return Math.min(max, Math.floor(x));
}

const someOf = <T>(draw: () => T, count: number): T[] => [...new Set(Array.from({ length: count }, draw))];

const focus = weighted(FOCI, FOCUS_WEIGHTS);
const group = weighted(GROUPS, GROUP_WEIGHTS);
const supportType = weighted(SUPPORT_TYPES, SUPPORT_WEIGHTS);
const actorType = weighted(ACTOR_TYPES, ACTOR_TYPE_WEIGHTS);
const matchState = weighted(MATCH_STATES, MATCH_STATE_WEIGHTS);

/** Municipalities by Zipf weight: the large ones first, the long tail after them. */
const municipalityCodes: string[] = [
  ...LARGE_MUNICIPALITIES,
  ...MUNICIPALITIES.map((m): string => m.code).filter((c) => !LARGE_MUNICIPALITIES.includes(c)),
];
const municipality = weighted(
  municipalityCodes,
  municipalityCodes.map((_, i) => 1 / Math.pow(i + 1, 0.9)),
);
const municipalityName = new Map<string, string>(MUNICIPALITIES.map((m) => [m.code, m.name]));
const countyOf = (code: string) => code.slice(0, 2);
const sameCounty = new Map<string, string[]>();
for (const m of MUNICIPALITIES) {
  const list = sameCounty.get(m.countyCode) ?? [];
  list.push(m.code);
  sameCounty.set(m.countyCode, list);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fill = (template: string, words: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => words[key] ?? '');
const daysAgo = (days: number) => new Date(NOW - days * DAY - int(DAY));
const slugOf = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);

// ---- COPY ----------------------------------------------------------------------------------------

type Cell = string | number | boolean | null | undefined | Date | readonly string[];

function encode(value: Cell): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(',')}}`;
  if (typeof value === 'string')
    return value.replace(/[\\\n\r\t]/g, (c) => ({ '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c] as string);
  return String(value);
}

interface Progress {
  start(table: string, total: number): void;
  add(n: number): void;
  stop(): void;
}

function progressBar(enabled: boolean): Progress {
  if (!enabled) return { start() {}, add() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: '{table} |{bar}| {value}/{total} rows · {eta_formatted} left', hideCursor: true, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  let running = false;
  return {
    start(table, total) {
      if (running) bar.stop();
      bar.start(total, 0, { table: table.padEnd(16) });
      running = true;
    },
    add: (n) => bar.increment(n),
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

async function copy(
  client: pg.PoolClient | pg.Client,
  progress: Progress,
  table: string,
  columns: string[],
  total: number,
  rows: () => Iterable<Cell[]>,
): Promise<void> {
  progress.start(table, total);
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  function* chunks() {
    let chunk = '';
    let n = 0;
    for (const row of rows()) {
      chunk += row.map(encode).join('\t') + '\n';
      if (++n % 2_000 === 0) {
        yield chunk;
        progress.add(2_000);
        chunk = '';
      }
    }
    if (chunk) yield chunk;
    progress.add(n % 2_000);
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

// ---- the data set --------------------------------------------------------------------------------

interface Org {
  id: string;
  userId: string;
  municipality: string;
  focus: Focus;
}
interface Lab {
  id: string;
  company: Org;
  municipality: string;
  focus: Focus;
  neighbourhood: string;
}
interface Offering {
  id: string;
  actor: Org;
  focus: Focus;
}
interface Challenge {
  id: string;
  company: Org;
  status: string;
  focus: Focus;
}

export interface GenerateResult {
  scale: string;
  rows: Record<string, number>;
  seconds: number;
  /** Seconds spent in COPY and generation, and in the work after it (search words, ANALYZE). */
  phases: Record<string, number>;
}

/**
 * Loads the data set into a migrated database (the demo story may be there already; generated
 * rows never collide with it). Triggers are off during the COPY (session_replication_role), so
 * the work they do is done after it in one pass each: the search words of new texts and every
 * idea's support count (written with the idea).
 */
export async function generate(
  databaseUrl: string,
  scale: Scale,
  options: { progress?: boolean; log?: (line: string) => void } = {},
): Promise<GenerateResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const phases: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const progress = progressBar(options.progress ?? process.stderr.isTTY === true);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  try {
    await client.query('SET session_replication_role = replica');
    await client.query("SET statement_timeout = '0'");
    const count = (table: string, n: number) => (rows[table] = (rows[table] ?? 0) + n);

    // Organisations and their owners: housing companies one per municipality (the large ones have
    // several), local actors mostly in the large municipalities.
    const companies: Org[] = [];
    for (let i = 0; i < scale.companies; i++) {
      const code = i < municipalityCodes.length ? (municipalityCodes[i] as string) : municipality();
      companies.push({ id: randomUUID(), userId: randomUUID(), municipality: code, focus: focus() });
    }
    const actors: Org[] = Array.from({ length: scale.actors }, () => ({
      id: randomUUID(),
      userId: randomUUID(),
      municipality: municipality(),
      focus: focus(),
    }));
    const orgs = [...companies, ...actors];
    const firstNames = Array.from({ length: 400 }, () => fakerSV.person.firstName());
    const lastNames = Array.from({ length: 400 }, () => fakerSV.person.lastName());
    const personName = () => `${pick(firstNames)} ${pick(lastNames)}`;
    const streets = Array.from({ length: 300 }, () => fakerSV.location.street());

    let t = performance.now();
    await copy(
      client,
      progress,
      'User',
      ['id', 'email', 'name', 'passwordHash', 'platformRole', 'locale', 'createdAt', 'updatedAt'],
      orgs.length,
      function* () {
        let i = 0;
        for (const o of orgs) {
          const created = daysAgo(int(YEARS * 365));
          yield [
            o.userId,
            `bench${i++}@bench.motesplats.se`,
            personName(),
            passwordHash,
            'USER',
            'sv',
            created,
            created,
          ];
        }
      },
    );
    count('User', orgs.length);

    const companyNames = (o: Org, i: number) =>
      i < municipalityCodes.length
        ? `${municipalityName.get(o.municipality)}hem AB`
        : `${pick(NAME_WORDS)}bostäder i ${municipalityName.get(o.municipality)} AB`;
    await copy(
      client,
      progress,
      'Organisation',
      [
        'id',
        'kind',
        'actorType',
        'name',
        'slug',
        'municipalityCode',
        'description',
        'verification',
        'verifiedAt',
        'createdAt',
        'updatedAt',
      ],
      orgs.length,
      function* () {
        let i = 0;
        for (const o of companies) {
          const name = companyNames(o, i);
          const created = daysAgo(YEARS * 365 + int(365));
          yield [
            o.id,
            'HOUSING_COMPANY',
            null,
            name,
            `${slugOf(name)}-b${i++}`,
            o.municipality,
            `${name} är det allmännyttiga bostadsbolaget i ${municipalityName.get(o.municipality)}. Vi arbetar med ${FOCUS_VOCABULARY[o.focus].themes.join(', ')} tillsammans med hyresgästerna.`,
            'VERIFIED',
            created,
            created,
            created,
          ];
        }
        for (const o of actors) {
          const type = actorType();
          const name = fill(pick(ACTOR_NAME_PATTERNS[type] as string[]), {
            place: municipalityName.get(o.municipality) ?? '',
            word: pick(NAME_WORDS),
          });
          const vocabulary = FOCUS_VOCABULARY[o.focus];
          const r = random();
          const verification = r < 0.8 ? 'VERIFIED' : r < 0.9 ? 'PENDING' : r < 0.98 ? 'UNVERIFIED' : 'REJECTED';
          const created = daysAgo(int(YEARS * 365));
          yield [
            o.id,
            'LOCAL_ACTOR',
            type,
            name,
            `${slugOf(name)}-b${i++}`,
            o.municipality,
            `Vi är ${name} och arbetar med ${pick(vocabulary.activities)} och ${pick(vocabulary.activities)} för ${GROUP_WORDS[group()]} ${pick(PLACES)}.`,
            verification,
            verification === 'VERIFIED' ? created : null,
            created,
            created,
          ];
        }
      },
    );
    count('Organisation', orgs.length);

    await copy(client, progress, 'Membership', ['id', 'userId', 'organisationId', 'role'], orgs.length, function* () {
      for (const o of orgs) yield [randomUUID(), o.userId, o.id, 'OWNER'];
    });
    count('Membership', orgs.length);

    // Labs: in the companies' municipalities, the large companies running many.
    const companyWeight = weighted(
      companies,
      companies.map((_, i) => 1 / Math.pow(i + 1, 0.8)),
    );
    const labs: Lab[] = Array.from({ length: scale.labs }, () => {
      const company = companyWeight();
      const area = pick(streets).replace(/(gatan|vägen|stigen|gränd|allén|backen|torget)$/, '') || pick(streets);
      return {
        id: randomUUID(),
        company,
        municipality: company.municipality,
        focus: random() < 0.6 ? company.focus : focus(),
        neighbourhood: area,
      };
    });
    await copy(
      client,
      progress,
      'Lab',
      [
        'id',
        'organisationId',
        'name',
        'slug',
        'neighbourhood',
        'municipalityCode',
        'focusAreas',
        'summary',
        'description',
        'processLeaderName',
        'status',
        'startsOn',
        'createdAt',
        'updatedAt',
      ],
      labs.length,
      function* () {
        let i = 0;
        for (const lab of labs) {
          const area = lab.neighbourhood;
          const theme = pick(FOCUS_VOCABULARY[lab.focus].themes);
          const name = `Innovationslabb ${area}`;
          const foci = someOf(() => (random() < 0.7 ? lab.focus : focus()), 1 + int(2));
          const r = random();
          const created = daysAgo(int(YEARS * 365));
          yield [
            lab.id,
            lab.company.id,
            name,
            `${slugOf(name)}-b${i++}`,
            area,
            lab.municipality,
            foci,
            `Boende, bostadsbolaget och föreningar i ${area} arbetar tillsammans med ${theme}.`,
            `Labbet i ${area}, ${municipalityName.get(lab.municipality)}, samlar boende och lokala aktörer kring ${FOCUS_VOCABULARY[
              lab.focus
            ].problems
              .map((p) => p.toLowerCase())
              .slice(0, 2)
              .join(' och ')}.`,
            personName(),
            r < 0.2 ? 'PLANNING' : r < 0.8 ? 'ACTIVE' : 'COMPLETED',
            created.toISOString().slice(0, 10),
            created,
            created,
          ];
        }
      },
    );
    count('Lab', labs.length);
    const labsOf = new Map<string, Lab[]>();
    for (const lab of labs) labsOf.set(lab.company.id, [...(labsOf.get(lab.company.id) ?? []), lab]);

    phases.organisations = (performance.now() - t) / 1000;
    t = performance.now();

    // Offerings: a heavy tail per actor, mostly in its own focus area and county.
    const offerings: Offering[] = [];
    {
      let a = 0;
      while (offerings.length < scale.offerings) {
        const actor = actors[a++ % actors.length] as Org;
        const n = Math.min(heavyTail(scale.offerings / scale.actors, 40), scale.offerings - offerings.length);
        for (let k = 0; k < Math.max(1, n); k++) {
          offerings.push({ id: randomUUID(), actor, focus: random() < 0.75 ? actor.focus : focus() });
          if (offerings.length >= scale.offerings) break;
        }
      }
    }
    await copy(
      client,
      progress,
      'Offering',
      [
        'id',
        'organisationId',
        'title',
        'summary',
        'description',
        'focusAreas',
        'targetGroups',
        'municipalityCodes',
        'isNational',
        'supportTypes',
        'capacity',
        'costModel',
        'evidence',
        'status',
        'publishedAt',
        'createdById',
        'createdAt',
        'updatedAt',
      ],
      offerings.length,
      function* () {
        for (const o of offerings) {
          const v = FOCUS_VOCABULARY[o.focus];
          const activity = pick(v.activities);
          const groups = someOf(group, 1 + int(3));
          const groupWord = GROUP_WORDS[groups[0] as string] as string;
          const national = random() < 0.03;
          const codes = national
            ? []
            : someOf(
                () =>
                  random() < 0.6
                    ? o.actor.municipality
                    : pick(sameCounty.get(countyOf(o.actor.municipality)) ?? [o.actor.municipality]),
                1 + int(3),
              );
          const r = random();
          const status = r < 0.85 ? 'PUBLISHED' : r < 0.95 ? 'DRAFT' : 'ARCHIVED';
          const created = daysAgo(int(YEARS * 365));
          yield [
            o.id,
            o.actor.id,
            `${capitalise(activity)} för ${groupWord}`.slice(0, 200),
            `Vi erbjuder ${activity} ${pick(PLACES)} för ${groupWord}, med erfarna ledare och tydlig uppföljning.`,
            `${capitalise(activity)} ${pick(PLACES)}. Vi har arbetat med ${pick(v.themes)} i många år och samarbetar gärna med bostadsbolag kring ${pick(v.activities)}. Målet är ${pick(v.outcomes)}.`,
            someOf(() => (random() < 0.8 ? o.focus : focus()), 1 + int(2)),
            groups,
            codes,
            national,
            someOf(supportType, 1 + int(2)),
            random() < 0.33 ? null : 5 + int(200),
            pick(COST_MODELS),
            random() < 0.5
              ? ''
              : `Förra året deltog ${10 + int(120)} personer och ${int(40)} fick ${pick(v.outcomes)}.`,
            status,
            status === 'DRAFT' ? null : created,
            o.actor.userId,
            created,
            created,
          ];
        }
      },
    );
    count('Offering', offerings.length);

    // Challenges: the companies with labs write most of them, in their own municipality.
    const challenges: Challenge[] = Array.from({ length: scale.challenges }, () => {
      const company = companyWeight();
      return { id: randomUUID(), company, status: 'DRAFT', focus: random() < 0.5 ? company.focus : focus() };
    });
    await copy(
      client,
      progress,
      'Challenge',
      [
        'id',
        'organisationId',
        'labId',
        'title',
        'summary',
        'description',
        'focusArea',
        'targetGroups',
        'municipalityCode',
        'neighbourhood',
        'desiredOutcome',
        'bringsPremises',
        'bringsFunding',
        'bringsStaff',
        'neededSupportTypes',
        'status',
        'publishedAt',
        'createdById',
        'createdAt',
        'updatedAt',
      ],
      challenges.length,
      function* () {
        for (const c of challenges) {
          const v = FOCUS_VOCABULARY[c.focus];
          const lab = random() < 0.7 ? pick(labsOf.get(c.company.id) ?? [undefined]) : undefined;
          const groups = someOf(group, 1 + int(2));
          const r = random();
          const status = r < OPEN_SHARE ? 'OPEN' : r < 0.45 ? 'IN_PROGRESS' : r < 0.93 ? 'CLOSED' : 'DRAFT';
          c.status = status;
          const created = status === 'OPEN' ? daysAgo(int(120)) : daysAgo(int(YEARS * 365));
          const area = lab?.neighbourhood ?? null;
          yield [
            c.id,
            c.company.id,
            lab?.id ?? null,
            `${pick(v.problems)}${area ? ` i ${area}` : ''}`.slice(0, 200),
            `Vi söker en partner för ${pick(v.activities)} för ${GROUP_WORDS[groups[0] as string]}.`,
            `${pick(v.problems)}. Vi har provat ${pick(v.activities)} men nådde inte ${GROUP_WORDS[group()]}. Nu vill vi arbeta med ${pick(v.themes)} tillsammans med föreningar ${pick(PLACES)}.`,
            c.focus,
            groups,
            c.company.municipality,
            area,
            capitalise(pick(v.outcomes)),
            random() < 0.6,
            random() < 0.3,
            random() < 0.4,
            someOf(supportType, 1 + int(2)),
            status,
            status === 'DRAFT' ? null : created,
            c.company.userId,
            created,
            created,
          ];
        }
      },
    );
    count('Challenge', challenges.length);
    phases.offeringsAndChallenges = (performance.now() - t) / 1000;
    t = performance.now();

    // Matches in every state, their events and messages.
    const published = challenges.filter((c) => c.status !== 'DRAFT');
    const pairs = new Set<string>();
    interface M {
      id: string;
      challenge: Challenge;
      offering: Offering;
      state: (typeof MATCH_STATES)[number];
      created: number;
    }
    const matches: M[] = [];
    const offeringsByFocus = new Map<Focus, Offering[]>(FOCI.map((f) => [f, offerings.filter((o) => o.focus === f)]));
    while (matches.length < scale.matches) {
      const challenge = pick(published);
      const pool = random() < 0.8 ? (offeringsByFocus.get(challenge.focus) as Offering[]) : offerings;
      const offering = pick(pool);
      const key = `${challenge.id}${offering.id}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      matches.push({
        id: randomUUID(),
        challenge,
        offering,
        state: challenge.status === 'OPEN' ? (random() < 0.7 ? 'PROPOSED' : 'DECLINED') : matchState(),
        created: NOW - int(YEARS * 365) * DAY,
      });
    }
    pairs.clear();
    const at = (m: M, days: number) => new Date(Math.min(NOW, m.created + days * DAY));
    await copy(
      client,
      progress,
      'Match',
      [
        'id',
        'challengeId',
        'offeringId',
        'state',
        'origin',
        'proposedById',
        'note',
        'housingAcceptedAt',
        'actorAcceptedAt',
        'declineReason',
        'withdrawReason',
        'outcomeSummary',
        'agreedAt',
        'startedAt',
        'completedAt',
        'closedAt',
        'createdAt',
        'updatedAt',
      ],
      matches.length,
      function* () {
        for (const m of matches) {
          const s = m.state;
          const agreed = s === 'AGREED' || s === 'ACTIVE' || s === 'COMPLETED' || s === 'WITHDRAWN';
          const r = random();
          const origin = r < 0.5 ? 'CURATOR_PROPOSAL' : r < 0.8 ? 'ACTOR_INTEREST' : 'COMPANY_INVITATION';
          yield [
            m.id,
            m.challenge.id,
            m.offering.id,
            s,
            origin,
            origin === 'ACTOR_INTEREST' ? m.offering.actor.userId : m.challenge.company.userId,
            `Vi tror att ${pick(FOCUS_VOCABULARY[m.offering.focus].activities)} passar er utmaning.`,
            agreed ? at(m, 5) : null,
            agreed ? at(m, 7) : null,
            s === 'DECLINED' ? 'Vi har redan en partner för detta just nu.' : null,
            s === 'WITHDRAWN' ? 'Finansieringen föll bort.' : null,
            s === 'COMPLETED'
              ? `${capitalise(pick(FOCUS_VOCABULARY[m.challenge.focus].outcomes))}: ${10 + int(60)} deltagare.`
              : null,
            agreed ? at(m, 7) : null,
            s === 'ACTIVE' || s === 'COMPLETED' ? at(m, 30) : null,
            s === 'COMPLETED' ? at(m, 200) : null,
            s === 'COMPLETED' || s === 'DECLINED' || s === 'WITHDRAWN' ? at(m, s === 'COMPLETED' ? 200 : 20) : null,
            new Date(m.created),
            at(m, 30),
          ];
        }
      },
    );
    count('Match', matches.length);

    const steps: Record<M['state'], [string, string | null, string, number, 'h' | 'a'][]> = {
      PROPOSED: [['PROPOSE', null, 'PROPOSED', 0, 'h']],
      DECLINED: [
        ['PROPOSE', null, 'PROPOSED', 0, 'h'],
        ['DECLINE', 'PROPOSED', 'DECLINED', 20, 'a'],
      ],
      AGREED: [
        ['PROPOSE', null, 'PROPOSED', 0, 'h'],
        ['ACCEPT', 'PROPOSED', 'PROPOSED', 5, 'h'],
        ['ACCEPT', 'PROPOSED', 'AGREED', 7, 'a'],
      ],
      WITHDRAWN: [
        ['PROPOSE', null, 'PROPOSED', 0, 'h'],
        ['ACCEPT', 'PROPOSED', 'PROPOSED', 5, 'h'],
        ['ACCEPT', 'PROPOSED', 'AGREED', 7, 'a'],
        ['WITHDRAW', 'AGREED', 'WITHDRAWN', 20, 'h'],
      ],
      ACTIVE: [
        ['PROPOSE', null, 'PROPOSED', 0, 'h'],
        ['ACCEPT', 'PROPOSED', 'PROPOSED', 5, 'h'],
        ['ACCEPT', 'PROPOSED', 'AGREED', 7, 'a'],
        ['START', 'AGREED', 'ACTIVE', 30, 'h'],
      ],
      COMPLETED: [
        ['PROPOSE', null, 'PROPOSED', 0, 'h'],
        ['ACCEPT', 'PROPOSED', 'PROPOSED', 5, 'h'],
        ['ACCEPT', 'PROPOSED', 'AGREED', 7, 'a'],
        ['START', 'AGREED', 'ACTIVE', 30, 'h'],
        ['PROPOSE_COMPLETION', 'ACTIVE', 'ACTIVE', 190, 'a'],
        ['CONFIRM_COMPLETION', 'ACTIVE', 'COMPLETED', 200, 'h'],
      ],
    };
    const eventTotal = matches.reduce((n, m) => n + steps[m.state].length, 0);
    await copy(
      client,
      progress,
      'MatchEvent',
      ['id', 'matchId', 'actorId', 'action', 'fromState', 'toState', 'createdAt'],
      eventTotal,
      function* () {
        for (const m of matches) {
          for (const [action, from, to, day, who] of steps[m.state]) {
            yield [
              randomUUID(),
              m.id,
              who === 'h' ? m.challenge.company.userId : m.offering.actor.userId,
              action,
              from,
              to,
              at(m, day),
            ];
          }
        }
      },
    );
    count('MatchEvent', eventTotal);

    const messageCounts = matches.map((m) =>
      m.state === 'PROPOSED' || m.state === 'DECLINED' ? int(2) : heavyTail(4, 30),
    );
    const messageTotal = messageCounts.reduce((a, b) => a + b, 0);
    await copy(
      client,
      progress,
      'Message',
      ['id', 'matchId', 'authorId', 'organisationId', 'body', 'createdAt'],
      messageTotal,
      function* () {
        for (let i = 0; i < matches.length; i++) {
          const m = matches[i] as M;
          for (let k = 0; k < (messageCounts[i] as number); k++) {
            const fromHousing = k % 2 === 0;
            const org = fromHousing ? m.challenge.company : m.offering.actor;
            const body = fill(pick(MESSAGE_TEMPLATES), {
              activity: pick(FOCUS_VOCABULARY[m.offering.focus].activities),
              place: pick(PLACES),
              group: GROUP_WORDS[group()] as string,
            });
            yield [randomUUID(), m.id, org.userId, org.id, body, at(m, 1 + k * 3)];
          }
        }
      },
    );
    count('Message', messageTotal);
    phases.matches = (performance.now() - t) / 1000;
    t = performance.now();

    // Ideas with supports (a few ideas gather most of them), written with their support counts.
    const labWeight = weighted(
      labs,
      labs.map((_, i) => 1 / Math.pow(1 + (i % 200), 0.5)),
    );
    const ideas = Array.from({ length: scale.ideas }, () => ({ id: randomUUID(), lab: labWeight(), supports: 0 }));
    for (const idea of ideas) idea.supports = random() < 0.4 ? 0 : heavyTail(3, 400);
    await copy(
      client,
      progress,
      'Idea',
      [
        'id',
        'labId',
        'title',
        'body',
        'focusArea',
        'authorName',
        'status',
        'supportCount',
        'createdAt',
        'updatedAt',
        'closedAt',
      ],
      ideas.length,
      function* () {
        for (const idea of ideas) {
          const f = random() < 0.7 ? idea.lab.focus : focus();
          const v = FOCUS_VOCABULARY[f];
          const [title, body] = pick(IDEA_TEMPLATES) as [string, string];
          const activity = pick(v.activities);
          const words = {
            activity,
            Activity: capitalise(activity),
            group: GROUP_WORDS[group()] as string,
            place: pick(PLACES),
            theme: pick(v.themes),
          };
          const r = random();
          const status = r < 0.75 ? 'PUBLISHED' : r < 0.85 ? 'PENDING' : r < 0.95 ? 'REJECTED' : 'HIDDEN';
          const created = daysAgo(int(YEARS * 365));
          yield [
            idea.id,
            idea.lab.id,
            fill(title, words).slice(0, 200),
            fill(body, words),
            random() < 0.8 ? f : null,
            random() < 0.6 ? fakerSV.person.firstName() : null,
            status,
            idea.supports,
            created,
            created,
            status === 'REJECTED' ? created : null,
          ];
        }
      },
    );
    count('Idea', ideas.length);
    const supportTotal = ideas.reduce((n, i) => n + i.supports, 0);
    await copy(
      client,
      progress,
      'IdeaSupport',
      ['id', 'ideaId', 'anonymousKey', 'createdAt'],
      supportTotal,
      function* () {
        let key = 0;
        for (const idea of ideas) {
          for (let k = 0; k < idea.supports; k++) {
            yield [randomUUID(), idea.id, (key++).toString(16).padStart(64, '0'), daysAgo(int(365))];
          }
        }
      },
    );
    count('IdeaSupport', supportTotal);

    // Indicators of labs and of collaborations under way or done, measured a few times a year.
    const measured = matches.filter((m) => m.state === 'ACTIVE' || m.state === 'COMPLETED');
    const indicators = [
      ...labs.flatMap((lab) =>
        Array.from({ length: 1 + int(3) }, () => ({
          id: randomUUID(),
          labId: lab.id,
          matchId: null as string | null,
          focus: lab.focus,
        })),
      ),
      ...measured
        .filter(() => random() < 0.5)
        .map((m) => ({ id: randomUUID(), labId: null as string | null, matchId: m.id, focus: m.challenge.focus })),
    ];
    const kinds = ['SHARE_OF_GROUP', 'COUNT', 'PERCENTAGE', 'CHANGE_PERCENT'];
    const kindOf = new Map<string, string>();
    await copy(
      client,
      progress,
      'Indicator',
      [
        'id',
        'labId',
        'matchId',
        'name',
        'description',
        'focusArea',
        'kind',
        'unit',
        'countsPeople',
        'baseline',
        'target',
        'source',
        'howMeasured',
      ],
      indicators.length,
      function* () {
        for (const ind of indicators) {
          const kind = pick(kinds);
          kindOf.set(ind.id, kind);
          const outcome = pick(FOCUS_VOCABULARY[ind.focus].outcomes);
          yield [
            ind.id,
            ind.labId,
            ind.matchId,
            capitalise(outcome).slice(0, 200),
            `Följer upp ${outcome}.`,
            ind.focus,
            kind,
            kind === 'COUNT' ? 'deltagare' : '',
            true,
            kind === 'COUNT' ? null : (10 + int(40)).toFixed(2),
            kind === 'COUNT' ? null : (30 + int(50)).toFixed(2),
            pick(['SURVEY', 'INTERVIEW', 'REGISTER', 'ATTENDANCE']),
            'Enkät till deltagarna vid terminens slut.',
          ];
        }
      },
    );
    count('Indicator', indicators.length);
    const measurementTotal = indicators.length * 4;
    await copy(
      client,
      progress,
      'Measurement',
      ['id', 'indicatorId', 'measuredOn', 'value', 'count', 'groupSize'],
      measurementTotal,
      function* () {
        for (const ind of indicators) {
          const kind = kindOf.get(ind.id);
          for (let k = 0; k < 4; k++) {
            const on = daysAgo(k * 120 + int(60))
              .toISOString()
              .slice(0, 10);
            if (kind === 'SHARE_OF_GROUP') {
              const size = 20 + int(200);
              yield [randomUUID(), ind.id, on, null, int(size), size];
            } else if (kind === 'COUNT') yield [randomUUID(), ind.id, on, null, 10 + int(300), null];
            else yield [randomUUID(), ind.id, on, (int(1000) / 10).toFixed(2), null, null];
          }
        }
      },
    );
    count('Measurement', measurementTotal);
    progress.stop();
    phases.ideasAndResults = (performance.now() - t) / 1000;
    t = performance.now();

    // What the triggers would have done: the search words of the new texts.
    await client.query('SET session_replication_role = DEFAULT');
    log('search words and statistics…');
    await client.query(`
      INSERT INTO "SearchWord" ("word")
      SELECT w FROM "Challenge", unnest(tsvector_to_array("search")) AS w
      UNION SELECT w FROM "Offering", unnest(tsvector_to_array("search")) AS w
      UNION SELECT w FROM "Lab", unnest(tsvector_to_array("search")) AS w
      ON CONFLICT DO NOTHING`);
    // A running database would have vacuumed the GIN pending lists and gathered statistics.
    await client.query('VACUUM ANALYZE');
    phases.searchWordsAndAnalyze = (performance.now() - t) / 1000;
  } finally {
    progress.stop();
    await client.end();
  }
  return { scale: scale.name, rows, seconds: (performance.now() - started) / 1000, phases };
}

// ---- command line --------------------------------------------------------------------------------

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The scale named on the command line, with --offerings overriding its offering count. */
export function scaleFromArguments(): Scale {
  const name = argument('scale') ?? process.env.BENCH_SCALE ?? 'national';
  const base = SCALES[name];
  if (!base) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const offerings = argument('offerings');
  return offerings ? { ...base, name: `${name}-${offerings}-offerings`, offerings: Number(offerings) } : base;
}

async function main() {
  const { startEmbeddedPostgres } = await import('../src/db/embedded-postgres');
  const { migrate } = await import('../src/db/migrator');
  const { createPrismaClient } = await import('../src/db/prisma');
  const { loadDemoData } = await import('../src/db/seed/load-demo');
  const scale = scaleFromArguments();
  let databaseUrl = argument('database-url') ?? process.env.DATABASE_URL;
  let stop = async () => {};
  if (!databaseUrl) {
    const dataDir = argument('data-dir') ?? `.data/bench-${scale.name}`;
    const server = await startEmbeddedPostgres({ dataDir, settings: { fsync: 'off' } });
    databaseUrl = server.connectionString();
    stop = () => server.stop();
    process.stderr.write(`embedded PostgreSQL in ${dataDir} (${databaseUrl})\n`);
  }
  try {
    await migrate(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
    await loadDemoData(prisma);
    await prisma.$disconnect();
    const result = await generate(databaseUrl, scale, { progress: true, log: (l) => process.stderr.write(`${l}\n`) });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

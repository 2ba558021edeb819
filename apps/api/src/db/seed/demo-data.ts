import { createHash } from 'node:crypto';
import type {
  ActorType,
  ChallengeStatus,
  CostModel,
  FocusArea,
  IdeaStatus,
  IndicatorKind,
  LabStatus,
  MatchOrigin,
  MatchState,
  MeasurementSource,
  MembershipRole,
  OfferingStatus,
  OrganisationKind,
  PlatformRole,
  SupportType,
  TargetGroup,
  VerificationStatus,
} from '../../generated/prisma/client';
import type { MatchStep, MethodStep } from './factories';

/*
 * The demo story: the public-housing innovation labs (Allmännyttans innovationslabb) 2018–2019 in
 * Boden, Rannebergen (Göteborg), Portalen (Norrköping) and Lina Hage (Södertälje), with the
 * results the project reported, and the platform's life since then up to autumn 2026.
 *
 * Pure data: no clock, no randomness, so every load produces the same content in the same
 * order (object keys keep their insertion order). References between records are keys of the
 * objects they point to, checked by the compiler; load-demo.ts turns them into ids.
 *
 * People and e-mail addresses are fictitious (@demo.motesplats.se). The housing companies, the
 * national organisations and the project partners are real, and what is said about their part
 * in the project follows its public reports; their organisation numbers are invented (valid
 * check digit only), as are all local actors other than the project partners.
 */

/** The one password of every demo account (documented in the start-up banner). */
export const DEMO_PASSWORD = 'motesplats-demo';

/** A moment in UTC, "2019-03-04T09:30", so the data is identical whatever the machine's zone. */
const t = (isoMinute: string): Date => new Date(`${isoMinute}:00Z`);
/** A calendar date for the @db.Date columns. */
const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
/** What a browser without an account stores for its supports: sha256 of a key it keeps. */
const anonymousKey = (label: string): string => createHash('sha256').update(`motesplats-demo:${label}`).digest('hex');

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// ---------------------------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------------------------

export interface DemoUser {
  email: string;
  name: string;
  platformRole?: PlatformRole;
  /** What the account is for, printed by the start script. */
  description: string;
  createdAt: Date;
}

const demoUsers = {
  admin: {
    email: 'admin@demo.motesplats.se',
    name: 'Erik Sandberg',
    platformRole: 'ADMIN',
    description: 'Administrator (platform role ADMIN)',
    createdAt: t('2018-05-14T08:00'),
  },
  curator: {
    email: 'sara.holmstrom@demo.motesplats.se',
    name: 'Sara Holmström',
    platformRole: 'CURATOR',
    description: 'Curator at Sveriges Allmännytta (platform role CURATOR)',
    createdAt: t('2018-05-14T08:30'),
  },
  hyresgastforeningenOwner: {
    email: 'leila.haddad@demo.motesplats.se',
    name: 'Leila Haddad',
    description: 'Owner of Hyresgästföreningen (national organisation)',
    createdAt: t('2018-06-01T09:00'),
  },
  bodenOwner: {
    email: 'anders.lindstrom@demo.motesplats.se',
    name: 'Anders Lindström',
    description: 'Owner of Bodens Bostäder (housing company, lab in Boden)',
    createdAt: t('2018-06-20T07:45'),
  },
  bodenLeader: {
    email: 'malin.oberg@demo.motesplats.se',
    name: 'Malin Öberg',
    description: 'Member of Bodens Bostäder, process leader of the lab in Boden',
    createdAt: t('2018-06-20T08:10'),
  },
  goteborgOwner: {
    email: 'jonas.berglund@demo.motesplats.se',
    name: 'Jonas Berglund',
    description: 'Owner of Bostadsbolaget (housing company, lab in Rannebergen)',
    createdAt: t('2018-06-25T08:00'),
  },
  rannebergenLeader: {
    email: 'yusuf.demir@demo.motesplats.se',
    name: 'Yusuf Demir',
    description: 'Member of Bostadsbolaget, process leader in Rannebergen',
    createdAt: t('2018-06-25T08:20'),
  },
  norrkopingOwner: {
    email: 'helena.sjoberg@demo.motesplats.se',
    name: 'Helena Sjöberg',
    description: 'Owner of Hyresbostäder i Norrköping (housing company, lab at Portalen)',
    createdAt: t('2018-06-18T09:00'),
  },
  portalenLeader: {
    email: 'sofia.engstrom@demo.motesplats.se',
    name: 'Sofia Engström',
    description: 'Member of Hyresbostäder i Norrköping, process leader at Portalen',
    createdAt: t('2018-06-18T09:15'),
  },
  sodertaljeOwner: {
    email: 'per.axelsson@demo.motesplats.se',
    name: 'Per Axelsson',
    description: 'Owner of Telgebostäder (housing company, lab in Lina Hage)',
    createdAt: t('2018-06-27T08:00'),
  },
  linaHageLeader: {
    email: 'kemal.aydin@demo.motesplats.se',
    name: 'Kemal Aydin',
    description: 'Member of Telgebostäder, process leader in Lina Hage',
    createdAt: t('2018-06-27T08:30'),
  },
  norrkopingsKommunOwner: {
    email: 'karin.wallin@demo.motesplats.se',
    name: 'Karin Wallin',
    description: 'Owner of Norrköpings kommun, Arbetsmarknad och vuxenutbildning (local actor)',
    createdAt: t('2018-08-01T10:00'),
  },
  malmoOwner: {
    email: 'henrik.falk@demo.motesplats.se',
    name: 'Henrik Falk',
    description: 'Owner of Malmö universitet, Institutionen för urbana studier (local actor)',
    createdAt: t('2018-06-12T10:00'),
  },
  sustainableOwner: {
    email: 'emma.carlsson@demo.motesplats.se',
    name: 'Emma Carlsson',
    description: 'Owner of Sustainable Innovation (local actor)',
    createdAt: t('2018-06-12T10:30'),
  },
  vavaOwner: {
    email: 'hodan.warsame@demo.motesplats.se',
    name: 'Hodan Warsame',
    description: 'Owner of Kvinnokooperativet Väva (local actor, Norrköping)',
    createdAt: t('2018-09-03T11:00'),
  },
  ungdomsforumOwner: {
    email: 'elias.johansson@demo.motesplats.se',
    name: 'Elias Johansson',
    description: 'Owner of Rannebergens Ungdomsforum (local actor, Göteborg)',
    createdAt: t('2018-10-15T16:00'),
  },
  ungdomsforumMember: {
    email: 'noah.kaya@demo.motesplats.se',
    name: 'Noah Kaya',
    description: 'Member of Rannebergens Ungdomsforum',
    createdAt: t('2019-02-11T17:30'),
  },
  kunskapsbronOwner: {
    email: 'mats.holm@demo.motesplats.se',
    name: 'Mats Holm',
    description: 'Owner of Studieförbundet Kunskapsbron (local actor, national reach)',
    createdAt: t('2018-09-10T09:00'),
  },
  nyaVannerOwner: {
    email: 'birgitta.lundberg@demo.motesplats.se',
    name: 'Birgitta Lundberg',
    description: 'Owner of Föreningen Nya Vänner i Boden (local actor)',
    createdAt: t('2018-08-27T13:00'),
  },
  fastighetsserviceOwner: {
    email: 'ola.nystrom@demo.motesplats.se',
    name: 'Ola Nyström',
    description: 'Owner of Fastighetsservice Norr AB (local actor, Boden)',
    createdAt: t('2018-08-27T14:00'),
  },
  tryggaLinaOwner: {
    email: 'ahmed.farah@demo.motesplats.se',
    name: 'Ahmed Farah',
    description: 'Owner of Trygga Lina (local actor, Södertälje)',
    createdAt: t('2018-09-20T18:00'),
  },
  linaSkolaOwner: {
    email: 'johanna.ek@demo.motesplats.se',
    name: 'Johanna Ek',
    description: 'Owner of Lina grundskola (local actor, Södertälje)',
    createdAt: t('2024-08-19T08:00'),
  },
  hagebyOwner: {
    email: 'daniel.nordin@demo.motesplats.se',
    name: 'Daniel Nordin',
    description: 'Owner of Hageby Idrottsallians (local actor, Norrköping)',
    createdAt: t('2025-02-03T19:00'),
  },
  dialogakademinOwner: {
    email: 'ingrid.bergkvist@demo.motesplats.se',
    name: 'Ingrid Bergkvist',
    description: 'Owner of Dialogakademin i Helsingborg AB (local actor, national reach)',
    createdAt: t('2024-03-04T09:00'),
  },
  tryggboOwner: {
    email: 'fredrik.almqvist@demo.motesplats.se',
    name: 'Fredrik Almqvist',
    description: 'Owner of Tryggbo Säkerhetskonsult AB (local actor, national reach)',
    createdAt: t('2025-04-07T10:00'),
  },
  foraldranatverketOwner: {
    email: 'marie.fors@demo.motesplats.se',
    name: 'Marie Fors',
    description: 'Owner of Föräldranätverket Trygga Vuxna (local actor, verification pending)',
    createdAt: t('2026-05-12T20:00'),
  },
  ungtDrivOwner: {
    email: 'omar.khalil@demo.motesplats.se',
    name: 'Omar Khalil',
    description: 'Owner of Ungt Driv Södertälje (local actor, verification pending)',
    createdAt: t('2026-09-28T15:00'),
  },
  kvarterskafeetOwner: {
    email: 'lotta.hedman@demo.motesplats.se',
    name: 'Lotta Hedman',
    description: 'Owner of Kvarterskaféet i Boden (local actor, not yet verified)',
    createdAt: t('2026-10-20T12:00'),
  },
  residentBoden: {
    email: 'gunnar.persson@demo.motesplats.se',
    name: 'Gunnar Persson',
    description: 'Resident in Boden (no organisation)',
    createdAt: t('2018-09-15T18:00'),
  },
  residentRannebergen: {
    email: 'dragana.petrovic@demo.motesplats.se',
    name: 'Dragana Petrović',
    description: 'Resident in Rannebergen (no organisation)',
    createdAt: t('2019-01-20T19:00'),
  },
  residentPortalen: {
    email: 'amina.yusuf@demo.motesplats.se',
    name: 'Amina Yusuf',
    description: 'Resident in Hageby, Norrköping (no organisation)',
    createdAt: t('2026-05-30T20:00'),
  },
  residentLinaHage: {
    email: 'fatima.rahimi@demo.motesplats.se',
    name: 'Fatima Rahimi',
    description: 'Resident in Lina Hage (no organisation)',
    createdAt: t('2025-11-02T17:00'),
  },
} satisfies Record<string, DemoUser>;
export type DemoUserKey = keyof typeof demoUsers;
export const DEMO_USERS: Readonly<Record<DemoUserKey, DemoUser>> = demoUsers;

/** The demo accounts, for the start script to print; all use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly { email: string; name: string; description: string }[] = Object.values(
  DEMO_USERS,
).map(({ email, name, description }) => ({ email, name, description }));

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

export interface DemoOrganisation {
  kind: OrganisationKind;
  actorType?: ActorType;
  name: string;
  slug: string;
  orgNumber: string;
  municipalityCode: string;
  description: string;
  website?: string;
  email?: string;
  verification: VerificationStatus;
  verified?: { by: DemoUserKey; at: Date };
  createdAt: Date;
  members: readonly { user: DemoUserKey; role: MembershipRole; since: Date }[];
}

const demoOrganisations = {
  // --- national -------------------------------------------------------------------------------
  sverigesAllmannytta: {
    kind: 'NATIONAL',
    name: 'Sveriges Allmännytta',
    slug: 'sveriges-allmannytta',
    orgNumber: '8020032184',
    municipalityCode: '0180',
    description:
      'Sveriges Allmännytta (tidigare SABO) är bransch- och intresseorganisation för de allmännyttiga ' +
      'bostadsföretagen i hela landet. Vi tog initiativ till Allmännyttans innovationslabb, driver ' +
      'Mötesplats och föreslår samarbeten mellan bostadsbolag och lokala aktörer.\n\nLabben visade fem ' +
      'saker som gör skillnad: att bostadsbolaget tar en aktiv roll i den lokala utvecklingen, att ' +
      'arbetet utgår från de boende och deras engagemang, att man bildar partnerskap, att det finns ' +
      'lokala processledare och att man arbetar långsiktigt.',
    website: 'https://www.sverigesallmannytta.se',
    verification: 'VERIFIED',
    verified: { by: 'admin', at: t('2018-05-14T09:00') },
    createdAt: t('2018-05-14T08:45'),
    members: [{ user: 'curator', role: 'MEMBER', since: t('2018-05-14T09:05') }],
  },
  hyresgastforeningen: {
    kind: 'NATIONAL',
    name: 'Hyresgästföreningen',
    slug: 'hyresgastforeningen',
    orgNumber: '8020024371',
    municipalityCode: '0180',
    description:
      'Hyresgästföreningen organiserar hyresgäster i hela Sverige och var en av parterna i ' +
      'Allmännyttans innovationslabb. Lokalt arbetar föreningen för boinflytande, trygghet och ' +
      'gemenskap, bland annat i Vårt Rannebergen i Göteborg.',
    website: 'https://www.hyresgastforeningen.se',
    verification: 'VERIFIED',
    verified: { by: 'admin', at: t('2018-06-01T10:00') },
    createdAt: t('2018-06-01T09:10'),
    members: [{ user: 'hyresgastforeningenOwner', role: 'OWNER', since: t('2018-06-01T09:10') }],
  },

  // --- housing companies ------------------------------------------------------------------------
  bodensBostader: {
    kind: 'HOUSING_COMPANY',
    // The name the lab project's reports use; the company's own pages call it Bodenbo.
    name: 'Bodens Bostäder',
    slug: 'bodens-bostader',
    orgNumber: '5561182063',
    municipalityCode: '2582',
    description:
      'Det kommunala bostadsbolaget i Boden. Tillsammans med föreningar, Svenska kyrkan, ' +
      'Röda Korset och kommunen arbetar vi för att nya bodensare ska få en sammanhållen väg in i ' +
      'samhället och ut på arbetsmarknaden.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-06-20T10:00') },
    createdAt: t('2018-06-20T07:50'),
    members: [
      { user: 'bodenOwner', role: 'OWNER', since: t('2018-06-20T07:50') },
      { user: 'bodenLeader', role: 'MEMBER', since: t('2018-06-20T08:15') },
    ],
  },
  bostadsbolaget: {
    kind: 'HOUSING_COMPANY',
    // The lab in Rannebergen ("Vårt Rannebergen") was run with Bostadsbolaget, Göteborgs Stads
    // bostadsaktiebolag, according to allmannyttan.se ("Innovationslabbet i Göteborg").
    name: 'Bostadsbolaget',
    slug: 'bostadsbolaget',
    orgNumber: '5560314626',
    municipalityCode: '1480',
    description:
      'Göteborgs Stads bostadsaktiebolag, med lägenheter bland annat i Rannebergen i Angered. ' +
      'Tillsammans med Hyresgästföreningen och Göteborgs Stad driver vi Vårt Rannebergen för ' +
      'trygghet, inflytande och gemenskap i området.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-06-25T11:00') },
    createdAt: t('2018-06-25T08:05'),
    members: [
      { user: 'goteborgOwner', role: 'OWNER', since: t('2018-06-25T08:05') },
      { user: 'rannebergenLeader', role: 'MEMBER', since: t('2018-06-25T08:25') },
    ],
  },
  hyresbostader: {
    kind: 'HOUSING_COMPANY',
    name: 'Hyresbostäder i Norrköping',
    slug: 'hyresbostader-i-norrkoping',
    orgNumber: '5560347907',
    municipalityCode: '0581',
    description:
      'Norrköpings kommunala bostadsbolag. Tillsammans med kommunen, ABF, Marieborgs folkhögskola ' +
      'och Svenska kyrkan driver vi Portalen i Hageby och Ringdansen – en mötesplats där allt ' +
      'syftar till att fler ska komma i egen försörjning.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-06-18T11:30') },
    createdAt: t('2018-06-18T09:05'),
    members: [
      { user: 'norrkopingOwner', role: 'OWNER', since: t('2018-06-18T09:05') },
      { user: 'portalenLeader', role: 'MEMBER', since: t('2018-06-18T09:20') },
    ],
  },
  telgebostader: {
    kind: 'HOUSING_COMPANY',
    name: 'Telgebostäder',
    slug: 'telgebostader',
    orgNumber: '5560526419',
    municipalityCode: '0181',
    description:
      'Södertälje kommuns bostadsbolag. I Lina Hage arbetar vi med föreningslivet, skolan och de ' +
      'boende för att unga ska få goda förebilder och själva vara med och skapa trygghet i området.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-06-27T13:00') },
    createdAt: t('2018-06-27T08:05'),
    members: [
      { user: 'sodertaljeOwner', role: 'OWNER', since: t('2018-06-27T08:05') },
      { user: 'linaHageLeader', role: 'MEMBER', since: t('2018-06-27T08:35') },
    ],
  },

  // --- local actors: the project's own partners -------------------------------------------------
  norrkopingsKommun: {
    kind: 'LOCAL_ACTOR',
    actorType: 'MUNICIPAL_UNIT',
    name: 'Norrköpings kommun, Arbetsmarknad och vuxenutbildning',
    slug: 'norrkopings-kommun-arbetsmarknad',
    orgNumber: '2120002718',
    municipalityCode: '0581',
    description:
      'Kommunens arbetsmarknadsenhet. Vi finns på plats i Portalen med jobbcoacher och studie- och ' +
      'yrkesvägledare och samarbetar med Hyresbostäder om vägar till arbete och studier.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-08-02T09:00') },
    createdAt: t('2018-08-01T10:05'),
    members: [{ user: 'norrkopingsKommunOwner', role: 'OWNER', since: t('2018-08-01T10:05') }],
  },
  malmoUniversitet: {
    kind: 'LOCAL_ACTOR',
    actorType: 'OTHER',
    name: 'Malmö universitet, Institutionen för urbana studier',
    slug: 'malmo-universitet-urbana-studier',
    orgNumber: '2021006479',
    municipalityCode: '1280',
    description:
      'Forskare i bostadsfrågor och stadsutveckling. Vi var följeforskare i Allmännyttans ' +
      'innovationslabb och hjälper bostadsbolag att mäta och värdera resultaten av sitt arbete.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-06-12T13:00') },
    createdAt: t('2018-06-12T10:05'),
    members: [{ user: 'malmoOwner', role: 'OWNER', since: t('2018-06-12T10:05') }],
  },
  sustainableInnovation: {
    kind: 'LOCAL_ACTOR',
    actorType: 'OTHER',
    name: 'Sustainable Innovation',
    slug: 'sustainable-innovation',
    orgNumber: '5567392187',
    municipalityCode: '0180',
    description:
      'Ett icke vinstdrivande bolag som driver innovationsprojekt för hållbar stadsutveckling. Vi ' +
      'hade den administrativa projektledningen för de fyra innovationslabben.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-06-12T13:05') },
    createdAt: t('2018-06-12T10:35'),
    members: [{ user: 'sustainableOwner', role: 'OWNER', since: t('2018-06-12T10:35') }],
  },

  // --- local actors: fictitious -----------------------------------------------------------------
  nyaVanner: {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: 'Föreningen Nya Vänner i Boden',
    slug: 'nya-vanner-i-boden',
    orgNumber: '8024933189',
    municipalityCode: '2582',
    description:
      'En ideell förening där bodensare och nyanlända möts. Vi ordnar språkvänner, fika, ' +
      'utflykter och hjälp med vardagens frågor – allt på frivillig basis.',
    email: 'nyavanner@demo.motesplats.se',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-08-29T10:00') },
    createdAt: t('2018-08-27T13:05'),
    members: [{ user: 'nyaVannerOwner', role: 'OWNER', since: t('2018-08-27T13:05') }],
  },
  fastighetsserviceNorr: {
    kind: 'LOCAL_ACTOR',
    actorType: 'BUSINESS',
    name: 'Fastighetsservice Norr AB',
    slug: 'fastighetsservice-norr',
    orgNumber: '5569812042',
    municipalityCode: '2582',
    description:
      'Ett lokalt företag inom fastighetsskötsel, snöröjning och utemiljö med ett tjugotal ' +
      'anställda i Boden och Luleå. Vi tar gärna emot praktikanter som vill in i branschen.',
    email: 'fastighetsservice@demo.motesplats.se',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-08-29T10:10') },
    createdAt: t('2018-08-27T14:05'),
    members: [{ user: 'fastighetsserviceOwner', role: 'OWNER', since: t('2018-08-27T14:05') }],
  },
  kvarterskafeet: {
    kind: 'LOCAL_ACTOR',
    actorType: 'SOCIAL_ENTERPRISE',
    name: 'Kvarterskaféet i Boden ekonomisk förening',
    slug: 'kvarterskafeet-i-boden',
    orgNumber: '7696401228',
    municipalityCode: '2582',
    description:
      'Ett nystartat socialt företag som vill driva ett kafé och en mötesplats som de boende ' +
      'själva bemannar. Överskottet går tillbaka till verksamheten.',
    verification: 'UNVERIFIED',
    createdAt: t('2026-10-20T12:05'),
    members: [{ user: 'kvarterskafeetOwner', role: 'OWNER', since: t('2026-10-20T12:05') }],
  },
  ungdomsforum: {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: 'Rannebergens Ungdomsforum',
    slug: 'rannebergens-ungdomsforum',
    orgNumber: '8024813795',
    municipalityCode: '1480',
    description:
      'En förening som drivs av och för unga i Rannebergen. Vi ordnar fritidsaktiviteter, ' +
      'utbildar unga ledare och är ungdomarnas röst i Vårt Rannebergen.',
    email: 'ungdomsforum@demo.motesplats.se',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-10-17T09:00') },
    createdAt: t('2018-10-15T16:05'),
    members: [
      { user: 'ungdomsforumOwner', role: 'OWNER', since: t('2018-10-15T16:05') },
      { user: 'ungdomsforumMember', role: 'MEMBER', since: t('2019-02-11T17:35') },
    ],
  },
  kunskapsbron: {
    kind: 'LOCAL_ACTOR',
    actorType: 'STUDY_ASSOCIATION',
    name: 'Studieförbundet Kunskapsbron',
    slug: 'studieforbundet-kunskapsbron',
    orgNumber: '8025196471',
    municipalityCode: '1480',
    description:
      'Ett studieförbund med verksamhet i flera kommuner. Vi ordnar studiecirklar i svenska och ' +
      'samhällskunskap, läxhjälp och föräldracirklar – ofta i bostadsbolagens egna lokaler.',
    email: 'kunskapsbron@demo.motesplats.se',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-09-11T14:00') },
    createdAt: t('2018-09-10T09:05'),
    members: [{ user: 'kunskapsbronOwner', role: 'OWNER', since: t('2018-09-10T09:05') }],
  },
  vava: {
    kind: 'LOCAL_ACTOR',
    actorType: 'SOCIAL_ENTERPRISE',
    name: 'Kvinnokooperativet Väva ekonomisk förening',
    slug: 'kvinnokooperativet-vava',
    orgNumber: '7696314587',
    municipalityCode: '0581',
    description:
      'Ett arbetsintegrerande socialt företag i Hageby som drivs av kvinnor. Vi syr, lagar mat ' +
      'och tar cateringuppdrag, och vi hjälper andra kvinnor att starta eget tillsammans.',
    email: 'vava@demo.motesplats.se',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-09-05T10:00') },
    createdAt: t('2018-09-03T11:05'),
    members: [{ user: 'vavaOwner', role: 'OWNER', since: t('2018-09-03T11:05') }],
  },
  hagebyIdrott: {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: 'Hageby Idrottsallians',
    slug: 'hageby-idrottsallians',
    orgNumber: '8024711569',
    municipalityCode: '0581',
    description:
      'Ett samarbete mellan tre idrottsföreningar i Hageby och Ringdansen. Vi vill att fler barn ' +
      'och unga – särskilt tjejer – ska röra på sig och ha något meningsfullt att göra på kvällarna.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2025-02-05T09:30') },
    createdAt: t('2025-02-03T19:05'),
    members: [{ user: 'hagebyOwner', role: 'OWNER', since: t('2025-02-03T19:05') }],
  },
  linaSkola: {
    kind: 'LOCAL_ACTOR',
    actorType: 'SCHOOL',
    name: 'Lina grundskola',
    slug: 'lina-grundskola',
    orgNumber: '2120003682',
    municipalityCode: '0181',
    description:
      'Kommunal grundskola för årskurs 4–9 med elever från Lina Hage och Hovsjö. Vi öppnar skolan ' +
      'efter skoltid för läxhjälp och studiero tillsammans med föreningar och bostadsbolaget.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2024-08-20T10:00') },
    createdAt: t('2024-08-19T08:05'),
    members: [{ user: 'linaSkolaOwner', role: 'OWNER', since: t('2024-08-19T08:05') }],
  },
  tryggaLina: {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: 'Trygga Lina',
    slug: 'trygga-lina',
    orgNumber: '8025077614',
    municipalityCode: '0181',
    description:
      'En förening för grannsamverkan i Lina Hage. Vuxna från området rör sig ute på kvällar och ' +
      'helger, pratar med ungdomarna och är goda förebilder.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2018-09-21T09:00') },
    createdAt: t('2018-09-20T18:05'),
    members: [{ user: 'tryggaLinaOwner', role: 'OWNER', since: t('2018-09-20T18:05') }],
  },
  ungtDriv: {
    kind: 'LOCAL_ACTOR',
    actorType: 'SOCIAL_ENTERPRISE',
    name: 'Ungt Driv Södertälje',
    slug: 'ungt-driv-sodertalje',
    orgNumber: '7696388458',
    municipalityCode: '0181',
    description:
      'Ett socialt företag som ger unga sitt första jobb: sommarjobb i det egna bostadsområdet, ' +
      'handledning och stöd att starta UF-företag.',
    verification: 'PENDING',
    createdAt: t('2026-09-28T15:05'),
    members: [{ user: 'ungtDrivOwner', role: 'OWNER', since: t('2026-09-28T15:05') }],
  },
  dialogakademin: {
    kind: 'LOCAL_ACTOR',
    actorType: 'BUSINESS',
    name: 'Dialogakademin i Helsingborg AB',
    slug: 'dialogakademin-i-helsingborg',
    orgNumber: '5592147366',
    municipalityCode: '1283',
    description:
      'Processledare med lång erfarenhet av medborgardialog i Helsingborg. Vi leder dialogmöten, ' +
      'framtidsverkstäder och mobiliseringskurser åt bostadsbolag i hela landet.',
    email: 'dialogakademin@demo.motesplats.se',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2024-03-06T11:00') },
    createdAt: t('2024-03-04T09:05'),
    members: [{ user: 'dialogakademinOwner', role: 'OWNER', since: t('2024-03-04T09:05') }],
  },
  tryggbo: {
    kind: 'LOCAL_ACTOR',
    actorType: 'BUSINESS',
    name: 'Tryggbo Säkerhetskonsult AB',
    slug: 'tryggbo-sakerhetskonsult',
    orgNumber: '5591073829',
    municipalityCode: '0180',
    description:
      'Konsulter inom situationell brottsprevention. Vi leder trygghetsvandringar med boende och ' +
      'ger bostadsbolag konkreta förslag på belysning, växtlighet och entréer.',
    verification: 'VERIFIED',
    verified: { by: 'curator', at: t('2025-04-09T13:00') },
    createdAt: t('2025-04-07T10:05'),
    members: [{ user: 'tryggboOwner', role: 'OWNER', since: t('2025-04-07T10:05') }],
  },
  foraldranatverket: {
    kind: 'LOCAL_ACTOR',
    actorType: 'ASSOCIATION',
    name: 'Föräldranätverket Trygga Vuxna',
    slug: 'foraldranatverket-trygga-vuxna',
    orgNumber: '8025260939',
    municipalityCode: '1480',
    description:
      'Föräldrar som nattvandrar och ordnar föräldraträffar. Nätverket startade i Göteborg och ' +
      'stöttar nu föräldragrupper i flera kommuner.',
    verification: 'PENDING',
    createdAt: t('2026-05-12T20:05'),
    members: [{ user: 'foraldranatverketOwner', role: 'OWNER', since: t('2026-05-12T20:05') }],
  },
} satisfies Record<string, DemoOrganisation>;
export type DemoOrganisationKey = keyof typeof demoOrganisations;
export const DEMO_ORGANISATIONS: Readonly<Record<DemoOrganisationKey, DemoOrganisation>> = demoOrganisations;

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

export interface DemoMethod {
  slug: string;
  name: string;
  summary: string;
  description: string;
  purpose: string;
  whenToUse: string;
  pitfalls: string;
  needsTime: string;
  needsRoles: string;
  needsPremises: string;
  needsCost: string;
  steps: MethodStep[];
  perspectives: string[];
  focusAreas: FocusArea[];
  targetGroups: TargetGroup[];
  createdAt: Date;
}

const demoMethods = {
  dialogmote: {
    slug: 'dialogmote',
    name: 'Dialogmöte',
    summary:
      'Ett strukturerat samtal där boende, bostadsbolag och lokala aktörer möts på lika villkor ' +
      'kring en avgränsad fråga som det går att påverka.',
    description:
      'Dialogmötet prövades i Helsingborg och har sedan använts i flera av innovationslabben. ' +
      'Det fungerar bäst när frågan är konkret och när de boende får se vad som händer med det ' +
      'de säger.\n\nHåll ett genus- och föräldraskapsperspektiv genom hela mötet: tid på dygnet, ' +
      'barnpassning, tolk och vem som tar ordet avgör vilka som kommer till tals.',
    purpose:
      'Att höra vad de boende själva vill och behöver innan bostadsbolaget bestämmer, och att visa ' +
      'att det de säger leder någonstans.',
    whenToUse:
      'I början av ett labb, inför en förändring i området, eller när en fråga behöver förankras ' +
      'hos fler än de som brukar höras.',
    pitfalls:
      'Att fråga om sådant som redan är bestämt. Att glömma återkopplingen. Att bara de som redan ' +
      'engagerar sig kommer, för att inbjudan gick ut på ett språk och en tid som passar få.',
    needsTime: 'Två timmar för mötet, några veckors förberedelse och en återkoppling inom två veckor.',
    needsRoles: 'En mötesledare, samtalsledare till varje liten grupp, tolk vid behov.',
    needsPremises: 'En lokal i området med plats för småsamtal och barnpassning.',
    needsCost: 'Låg: fika, tolk och barnpassning.',
    targetGroups: ['ALL_RESIDENTS', 'PARENTS', 'NEWLY_ARRIVED'],
    steps: [
      {
        title: 'Avgränsa frågan',
        body:
          'Bestäm tillsammans med några boende vad mötet ska handla om och vad som faktiskt går att ' +
          'påverka. Skriv det tydligt i inbjudan.',
      },
      {
        title: 'Bjud in brett och personligt',
        body:
          'Knacka dörr, sätt upp lappar på flera språk och be föreningar och nyckelpersoner sprida ' +
          'inbjudan. Erbjud barnpassning och tolk.',
      },
      {
        title: 'Inled och sätt ramarna',
        body:
          'Berätta varför ni träffas, vilka beslut som redan är fattade och hur det som sägs kommer ' +
          'att tas om hand.',
      },
      {
        title: 'Samtala i små grupper',
        body:
          'Låt samtalsledare hålla i grupper om fem till åtta personer så att alla kommer till tals. ' +
          'Dela vid behov upp grupperna efter språk, ålder eller kön.',
      },
      {
        title: 'Sammanfatta tillsammans',
        body: 'Varje grupp redovisar det viktigaste. Skriv upp det så att alla ser, och fråga om något saknas.',
      },
      {
        title: 'Återkoppla',
        body:
          'Skicka ut en sammanfattning inom två veckor och berätta vad som händer härnäst – även när ' +
          'svaret är nej.',
      },
    ],
    perspectives: ['genus', 'föräldraskap', 'flerspråkighet'],
    focusAreas: ['SERVICES', 'CRIME'],
    createdAt: t('2018-09-01T08:00'),
  },
  framtidsverkstad: {
    slug: 'framtidsverkstad',
    name: 'Framtidsverkstad',
    summary:
      'En workshop i tre faser – kritik, fantasi och förverkligande – där deltagarna går från ' +
      'problem till konkreta förslag som de själva vill driva.',
    description:
      'Framtidsverkstaden prövades i Helsingborg och användes i Rannebergen och Lina Hage för att ' +
      'få fram ungas och vuxnas egna idéer om området. Den kräver en hel kväll eller en lördag men ' +
      'ger ofta en grupp som vill fortsätta arbeta tillsammans.\n\nTänk på genus och föräldraskap: ' +
      'ordna mat och barnpassning, och se till att både tjejer och killar, mammor och pappor får ' +
      'utrymme i alla faser.',
    purpose:
      'Att låta de boende själva gå från det som inte fungerar till förslag de vill driva, så att ' +
      'labbet får idéer med folk bakom.',
    whenToUse:
      'När labbet behöver nya idéer och människor som vill bära dem, till exempel inför ett ' +
      'sommarlov eller när en lokal ska fyllas med innehåll.',
    pitfalls:
      'Att hoppa över kritikfasen så att missnöjet kommer tillbaka senare. Att lova mer än ' +
      'bostadsbolaget kan hålla. Att ingen tar ansvar för uppföljningen.',
    needsTime: 'En hel kväll eller en lördag, och en uppföljningsträff inom en månad.',
    needsRoles: 'En processledare som håller i faserna och en eller två medhjälpare.',
    needsPremises: 'En lokal med väggar att sätta lappar på, plats för mat och barnpassning.',
    needsCost: 'Låg till medel: mat, material och barnpassning.',
    targetGroups: ['YOUTH_13_19', 'ALL_RESIDENTS', 'PARENTS'],
    steps: [
      {
        title: 'Förberedelse',
        body:
          'Bjud in en blandad grupp boende, gärna 15–30 personer, och boka en hel kväll eller en ' +
          'lördag. Ordna mat och barnpassning.',
      },
      {
        title: 'Kritikfasen',
        body:
          'Deltagarna skriver ner allt som inte fungerar i området, utan att diskutera lösningar. ' +
          'Punkterna grupperas och prioriteras gemensamt.',
      },
      {
        title: 'Fantasifasen',
        body: 'Vänd kritiken till drömmar: hur skulle området se ut om allt vore möjligt? Ingen idé är för stor.',
      },
      {
        title: 'Förverkligandefasen',
        body:
          'Välj några drömmar och gör dem till konkreta förslag: vad kan vi göra själva, vem behöver ' +
          'vi hjälp av och vad är första steget?',
      },
      {
        title: 'Uppföljning',
        body:
          'Bilda arbetsgrupper kring förslagen och bestäm när ni ses igen. Bostadsbolaget återkopplar ' +
          'om det som kräver beslut.',
      },
    ],
    perspectives: ['genus', 'föräldraskap', 'unga'],
    focusAreas: ['SERVICES', 'SCHOOLS', 'CRIME'],
    createdAt: t('2018-09-01T08:10'),
  },
  mobiliseringskurs: {
    slug: 'mobiliseringskurs',
    name: 'Mobiliseringskurs',
    summary:
      'En kurs för boende som vill engagera sig: hur man organiserar sig, driver en aktivitet och ' +
      'får med sig grannarna.',
    description:
      'Mobiliseringskursen prövades i Helsingborg och användes på Portalen och i Lina Hage. Norska ' +
      'erfarenheter har vävts in: brukarmedverkan (brukermedvirkning), där deltagarna är med och ' +
      'formar kursen, och tvärsektoriella styrgrupper där bostadsbolag, kommun och föreningar ser ' +
      'till att idéerna får stöd.\n\nKursen ska särskilt nå dem som sällan hörs, bland annat ' +
      'grupper som har svårt att ta sig in på bostadsmarknaden (det som i Norge kallas ' +
      'vanskeligstilte), och den håller ett genus- och föräldraskapsperspektiv.',
    purpose:
      'Att ge boende som vill engagera sig verktygen att organisera sig och driva egna aktiviteter, ' +
      'så att engagemanget lever vidare efter labbet.',
    whenToUse:
      'När det finns boende som vill göra något men inte vet hur, eller när labbet ska lämnas över ' +
      'till de boende själva.',
    pitfalls:
      'Att bara nå de redan aktiva. Att kursen blir teori utan en egen aktivitet. Att ingen ' +
      'coachar mellan träffarna.',
    needsTime: 'Fyra till sex kvällsträffar under två till tre månader.',
    needsRoles: 'En kursledare och en processledare som coachar deltagarna mellan träffarna.',
    needsPremises: 'En samlingslokal i området, med barnpassning vid varje träff.',
    needsCost: 'Medel: kursledare, material, barnpassning och en liten aktivitetsbudget.',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'YOUNG_ADULTS', 'ALL_RESIDENTS'],
    steps: [
      {
        title: 'Rekrytera deltagare',
        body:
          'Fråga personligen både de som redan engagerar sig och de som sällan hörs. Sikta på en ' +
          'blandad grupp med lika många kvinnor som män.',
      },
      {
        title: 'Grundträffar',
        body: 'Fyra till sex kvällsträffar om föreningskunskap, mötesteknik, ekonomi och hur man söker bidrag.',
      },
      {
        title: 'Egen aktivitet',
        body:
          'Varje deltagare eller grupp planerar och genomför en egen aktivitet i området med stöd av ' + 'kursledaren.',
      },
      {
        title: 'Coachning',
        body:
          'Processledaren finns tillgänglig mellan träffarna och hjälper till med lokaler, tillstånd ' +
          'och kontakter.',
      },
      {
        title: 'Avslutning och överlämning',
        body:
          'Deltagarna berättar om sina aktiviteter för grannar och bostadsbolag. Bestäm vem som tar ' +
          'över det som ska leva vidare.',
      },
    ],
    perspectives: ['genus', 'föräldraskap', 'brukarmedverkan'],
    focusAreas: ['UNEMPLOYMENT', 'SERVICES'],
    createdAt: t('2018-09-01T08:20'),
  },
  mentorskap: {
    slug: 'mentorskap',
    name: 'Mentorskap',
    summary: 'En mentor från det lokala arbetslivet träffar en deltagare regelbundet under ett halvår.',
    description:
      'På Portalen fick varje kvinna i labbet en mentor från ett företag eller en organisation i ' +
      'Norrköping. Mentorn öppnar dörrar till nätverk och arbetsgivare som deltagaren annars inte ' +
      'når, och ger råd om ansökningar och intervjuer.',
    purpose: 'Att bredda nätverken och stärka självförtroendet hos den som står långt från arbetsmarknaden.',
    whenToUse: 'När deltagarna har grundläggande svenska och är redo att söka arbete eller praktik.',
    pitfalls:
      'Att mentorer och deltagare matchas utan att träffas först. Att mentorn tar över i stället ' +
      'för att stötta. Att uppföljningen glöms när det går bra.',
    needsTime: 'En träff i månaden under minst sex månader.',
    needsRoles: 'En samordnare som rekryterar och matchar mentorer, och mentorer från lokala arbetsgivare.',
    needsPremises: 'Ingen egen lokal; mentorerna träffar deltagarna där det passar.',
    needsCost: 'Låg: samordnarens tid och en gemensam start- och avslutningsträff.',
    steps: [
      {
        title: 'Rekrytera mentorer',
        body: 'Fråga lokala arbetsgivare om medarbetare som vill vara mentorer ett halvår.',
      },
      { title: 'Matcha', body: 'Låt deltagare och mentorer träffas i grupp först och önska vem de vill ha.' },
      { title: 'Träffas regelbundet', body: 'En träff i månaden, med ett mål för varje träff som deltagaren sätter.' },
      { title: 'Följ upp', body: 'Samordnaren hör av sig efter tre månader och vid slutet, till båda.' },
    ],
    perspectives: ['genus'],
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED', 'LONG_TERM_UNEMPLOYED'],
    createdAt: t('2019-01-10T08:00'),
  },
  sprakkafe: {
    slug: 'sprakkafe',
    name: 'Språkkafé',
    summary: 'En fast tid i veckan då boende övar svenska i vardagliga samtal med frivilliga språkvänner.',
    description:
      'Språkkaféet på Portalen och språkvännerna i Boden byggde på samma idé: att svenska lärs i ' +
      'samtal om vardagen, med någon som har tid. Det blir också en väg in till föreningar och ' +
      'arbetsgivare.',
    purpose: 'Att ge nyanlända och andra som vill öva svenska fler tillfällen att prata, och nya kontakter.',
    whenToUse: 'Som komplement till SFI, när många i området vill öva svenska utanför skolan.',
    pitfalls: 'Att det blir undervisning i stället för samtal. Att frivilliga slutar utan att någon märker det.',
    needsTime: 'Två timmar i veckan, hela terminen.',
    needsRoles: 'En värd som öppnar och håller ihop, och frivilliga språkvänner.',
    needsPremises: 'En lokal med bord och fika, gärna med barnhörna.',
    needsCost: 'Låg: fika.',
    steps: [
      { title: 'Hitta språkvänner', body: 'Sök frivilliga genom föreningar, kyrkan och studieförbund.' },
      { title: 'Öppna en fast tid', body: 'Samma dag och tid varje vecka, så att ingen behöver anmäla sig.' },
      { title: 'Samtala i små grupper', body: 'Två till fyra personer per bord, kring ett ämne ur vardagen.' },
      {
        title: 'Slussa vidare',
        body: 'Berätta om föreningar, praktik och arbetsgivare som deltagarna kan ta kontakt med.',
      },
    ],
    perspectives: ['flerspråkighet'],
    focusAreas: ['UNEMPLOYMENT', 'SERVICES'],
    targetGroups: ['NEWLY_ARRIVED', 'WOMEN_FAR_FROM_LABOUR_MARKET'],
    createdAt: t('2019-01-10T08:10'),
  },
  kooperativStart: {
    slug: 'kooperativ-starthjalp',
    name: 'Stöd att starta kooperativ',
    summary: 'En grupp som vill starta ett kooperativt företag får handledning från idé till registrering.',
    description:
      'Kvinnokooperativet Väva gick själva den vägen efter labbet på Portalen och leder nu stödet för ' +
      'nya grupper: affärsidé, föreningsform, ekonomi och de första kunderna.',
    purpose: 'Att låta en grupp försörja sig tillsammans genom ett eget företag som de äger gemensamt.',
    whenToUse: 'När flera deltagare har en gemensam affärsidé och vill driva den tillsammans.',
    pitfalls: 'Att gruppen är för liten för att bära företaget. Att ekonomin inte räknas igenom innan start.',
    needsTime: 'Sex till tolv månader från idé till registrerat kooperativ.',
    needsRoles: 'En handledare med erfarenhet av kooperativ och en rådgivare i ekonomi.',
    needsPremises: 'En lokal att träffas i, och gärna en att börja verksamheten i.',
    needsCost: 'Medel: handledning, registrering och startkapital som ofta kan sökas.',
    steps: [
      { title: 'Pröva idén', body: 'Gruppen beskriver affärsidén och vem som ska köpa.' },
      { title: 'Välj form och regler', body: 'Ekonomisk förening, stadgar och hur beslut fattas.' },
      { title: 'Räkna på ekonomin', body: 'Budget för första året, och vad varje delägare kan ta ut.' },
      { title: 'Registrera och börja', body: 'Registrera föreningen och sälj till de första kunderna.' },
    ],
    perspectives: ['genus'],
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'LONG_TERM_UNEMPLOYED'],
    createdAt: t('2019-06-01T08:00'),
  },
  sommarvardar: {
    slug: 'sommarvardar',
    name: 'Sommarvärdar',
    summary: 'Unga från området anställs under sommarlovet för att ordna aktiviteter för yngre.',
    description:
      'I Rannebergen planerade ungdomarna sommarlovet själva, och unga ledare höll i aktiviteterna. ' +
      'Sommarvärdarna får ett första jobb, och de yngre får förebilder som bor i samma område.',
    purpose: 'Att ge unga ett första jobb och de yngre ett sommarlov med aktiviteter nära hemmet.',
    whenToUse: 'Inför sommarlovet, när området saknar aktiviteter och unga saknar sommarjobb.',
    pitfalls: 'Att rekrytera för sent. Att värdarna lämnas ensamma utan en vuxen handledare.',
    needsTime: 'Rekrytering under våren och sex till åtta veckor på sommaren.',
    needsRoles: 'En handledare och fyra till tio sommarvärdar 16–19 år.',
    needsPremises: 'En samlingspunkt i området och tillgång till gården eller en plan.',
    needsCost: 'Medel: löner till sommarvärdarna och en aktivitetsbudget.',
    steps: [
      { title: 'Fråga de yngre', body: 'Låt barn och unga säga vad de vill göra, gärna i en framtidsverkstad.' },
      { title: 'Anställ värdar', body: 'Rekrytera unga från området och ge dem en kort utbildning.' },
      { title: 'Genomför', body: 'Ett schema med aktiviteter varje vardag, som värdarna själva håller i.' },
      { title: 'Räkna och berätta', body: 'Räkna aktiviteter och deltagare, och berätta för grannarna vad som hänt.' },
    ],
    perspectives: ['unga', 'genus'],
    focusAreas: ['SERVICES', 'CRIME'],
    targetGroups: ['YOUTH_13_19', 'CHILDREN'],
    createdAt: t('2019-04-01T08:00'),
  },
  laxhjalp: {
    slug: 'laxhjalp',
    name: 'Läxhjälp nära hemmet',
    summary: 'Läxhjälp efter skoltid i en lokal i bostadsområdet, med frivilliga eller studieförbund.',
    description:
      'Idén om läxhjälp nära hemmet kom från boende i Rannebergen och i Lina Hage. Läxhjälpen finns ' +
      'där barnen bor, på tider då föräldrarna ofta arbetar, och ger studiero som många saknar hemma.',
    purpose: 'Att höja elevernas resultat och skolmotivation genom stöd och studiero nära hemmet.',
    whenToUse: 'När många barn i området saknar studiero eller någon hemma som kan hjälpa med läxorna.',
    pitfalls: 'Att läxhjälpen ligger för långt från hemmet. Att skolan inte vet om den och inte hänvisar dit.',
    needsTime: 'Två eftermiddagar i veckan under hela läsåret.',
    needsRoles: 'En samordnare och läxhjälpare, gärna studenter eller lärare.',
    needsPremises: 'En lugn lokal i området med bord och wifi.',
    needsCost: 'Låg till medel: ersättning till läxhjälpare och fika.',
    steps: [
      { title: 'Hitta en lokal', body: 'En lokal i området som är öppen på eftermiddagarna.' },
      { title: 'Samarbeta med skolan', body: 'Berätta för lärarna, så att de kan hänvisa elever.' },
      { title: 'Öppna fasta tider', body: 'Samma eftermiddagar varje vecka, utan anmälan.' },
      { title: 'Följ upp', body: 'Fråga elever och lärare varje termin om skolmotivationen.' },
    ],
    perspectives: ['föräldraskap'],
    focusAreas: ['SCHOOLS'],
    targetGroups: ['CHILDREN', 'YOUTH_13_19', 'PARENTS'],
    createdAt: t('2019-08-15T08:00'),
  },
} satisfies Record<string, DemoMethod>;
export type DemoMethodKey = keyof typeof demoMethods;
export const DEMO_METHODS: Readonly<Record<DemoMethodKey, DemoMethod>> = demoMethods;

// ---------------------------------------------------------------------------------------------
// Labs
// ---------------------------------------------------------------------------------------------

export interface DemoLab {
  organisation: DemoOrganisationKey;
  name: string;
  slug: string;
  neighbourhood: string;
  municipalityCode: string;
  focusAreas: FocusArea[];
  summary: string;
  description: string;
  processLeader: DemoUserKey;
  status: LabStatus;
  startsOn: Date;
  endsOn: Date | null;
  createdAt: Date;
  updatedAt: Date;
  partners: readonly { organisation: DemoOrganisationKey; role: string; since: Date }[];
  methods: readonly { method: DemoMethodKey; note: string; since: Date }[];
  diary: readonly { author: DemoUserKey; title: string; body: string; at: Date }[];
}

const demoLabs = {
  boden: {
    organisation: 'bodensBostader',
    name: 'Samverkan i Boden',
    slug: 'samverkan-i-boden',
    neighbourhood: 'Centrala Boden',
    municipalityCode: '2582',
    focusAreas: ['UNEMPLOYMENT', 'SERVICES'],
    summary:
      'Bodens Bostäder samordnade föreningar, kyrkan och kommunen så att nya bodensare fick en ' +
      'sammanhållen väg in i samhället och till arbete eller studier.',
    description:
      'Labbet i Boden – Boden, Integration och Samverkan – utgick från att mycket redan görs för ' +
      'nyanlända, men att insatserna sällan hänger ihop. Bostadsbolaget tog en aktiv roll som ' +
      'samordnare och öppnade en lokal där föreningar, Svenska kyrkan, Röda Korset, studieförbund ' +
      'och kommunen fanns på plats.\n\nTio nya bodensare följdes under projekttiden. När labbet ' +
      'avslutades hade nio av dem fått ett arbete eller börjat studera.',
    processLeader: 'bodenLeader',
    status: 'COMPLETED',
    startsOn: day('2018-09-03'),
    endsOn: day('2019-12-31'),
    createdAt: t('2018-06-28T09:00'),
    updatedAt: t('2020-01-10T09:00'),
    partners: [
      {
        organisation: 'sverigesAllmannytta',
        role: 'Ledde labbet och spred resultaten nationellt',
        since: t('2018-06-28T09:05'),
      },
      {
        organisation: 'sustainableInnovation',
        role: 'Administrativ projektledning och processtöd',
        since: t('2018-06-28T09:05'),
      },
      { organisation: 'malmoUniversitet', role: 'Följeforskning', since: t('2018-06-28T09:05') },
      { organisation: 'nyaVanner', role: 'Språkvänner och mentorer', since: t('2018-09-10T10:00') },
      {
        organisation: 'fastighetsserviceNorr',
        role: 'Praktikplatser i fastighetsskötsel',
        since: t('2018-10-22T10:00'),
      },
    ],
    methods: [
      {
        method: 'sprakkafe',
        note: 'Språkvänner från Nya Vänner träffade nyanlända hyresgäster en gång i veckan.',
        since: t('2018-11-01T10:00'),
      },
      {
        method: 'dialogmote',
        note: 'Dialogmöten med nyanlända familjer om vad som behövdes för att komma in i arbetslivet.',
        since: t('2018-09-20T10:00'),
      },
    ],
    diary: [
      {
        author: 'bodenLeader',
        title: 'Nu är vi igång i lokalen',
        body:
          'I dag öppnade vi dörrarna till labbets lokal. Föreningar, kyrkan och kommunen kom på ' +
          'fika och vi gick igenom vem som gör vad. Första veckorna lyssnar vi in vad de nya ' +
          'bodensarna själva tycker saknas.',
        at: t('2018-09-12T15:00'),
      },
      {
        author: 'bodenLeader',
        title: 'Tolv språkvänner matchade',
        body:
          'Föreningen Nya Vänner har matchat tolv språkvänner med nyanlända hyresgäster. De ses en ' +
          'gång i veckan, ofta på promenad eller i tvättstugans väntrum.',
        at: t('2018-11-20T12:00'),
      },
      {
        author: 'bodenOwner',
        title: 'Nio av tio i arbete eller studier',
        body:
          'Av de tio nya bodensare vi har följt under projekttiden har nio fått ett arbete eller ' +
          'börjat studera. Samverkan fortsätter i den vanliga verksamheten efter årsskiftet.',
        at: t('2019-12-16T10:00'),
      },
    ],
  },
  rannebergen: {
    organisation: 'bostadsbolaget',
    name: 'Vårt Rannebergen',
    slug: 'vart-rannebergen',
    neighbourhood: 'Rannebergen',
    municipalityCode: '1480',
    focusAreas: ['SERVICES', 'CRIME', 'SCHOOLS'],
    summary:
      'Ett partnerskap mellan Bostadsbolaget, Hyresgästföreningen och Göteborgs Stad för trygghet, ' +
      'inflytande och gemenskap i Rannebergen.',
    description:
      'Rannebergen byggdes i början av 1970-talet och ligger i Angered. Centrumet har tömts på ' +
      'service och simhallen är nedlagd. I labbet har boende, föreningar och bostadsbolaget ' +
      'tillsammans prövat nya sätt att skapa engagemang, med särskilt fokus på unga.\n\nUnder ' +
      '2019 ordnades över hundra ungdomsaktiviteter, och flera av dem har blivit bestående. ' +
      'Partnerskapet fortsätter efter projekttiden.',
    processLeader: 'rannebergenLeader',
    status: 'ACTIVE',
    startsOn: day('2018-09-10'),
    endsOn: null,
    createdAt: t('2018-06-29T09:00'),
    updatedAt: t('2026-06-01T09:00'),
    partners: [
      {
        organisation: 'hyresgastforeningen',
        role: 'Driver labbet tillsammans med Bostadsbolaget',
        since: t('2018-06-29T09:05'),
      },
      { organisation: 'sverigesAllmannytta', role: 'Ledde labbet under projekttiden', since: t('2018-06-29T09:05') },
      { organisation: 'malmoUniversitet', role: 'Följeforskning', since: t('2018-06-29T09:05') },
      { organisation: 'ungdomsforum', role: 'Ungdomsaktiviteter och unga ledare', since: t('2018-11-05T10:00') },
      { organisation: 'kunskapsbron', role: 'Läxhjälp i centrumlokalen', since: t('2026-05-25T10:00') },
    ],
    methods: [
      {
        method: 'sommarvardar',
        note: 'Unga ledare från Ungdomsforum höll i sommarlovets aktiviteter.',
        since: t('2019-05-01T10:00'),
      },
      {
        method: 'laxhjalp',
        note: 'Läxhjälp i centrumlokalen, med Studieförbundet Kunskapsbron.',
        since: t('2026-05-25T10:00'),
      },
      {
        method: 'dialogmote',
        note: 'Dialogmöten om centrumet och kvällarna, med tolk på arabiska och somaliska.',
        since: t('2018-10-01T10:00'),
      },
      {
        method: 'framtidsverkstad',
        note: 'En framtidsverkstad med unga 13–19 år gav idéerna till sommarlovets aktiviteter.',
        since: t('2019-03-16T10:00'),
      },
    ],
    diary: [
      {
        author: 'rannebergenLeader',
        title: 'Uppstartsmöte i Rannebergen',
        body:
          'Bostadsbolaget, Hyresgästföreningen, stadsdelen och Malmö universitet träffades för att ' +
          'lägga upp arbetet. Vi börjar med dialogmöten för att höra vad de boende vill se i ' +
          'centrumet.',
        at: t('2018-09-10T16:00'),
      },
      {
        author: 'rannebergenLeader',
        title: 'Ett sommarlov fullt av aktiviteter',
        body:
          'Fotboll, utflykter, matlagning och filmkvällar – ungdomarna planerade själva sommarlovet ' +
          'tillsammans med Rannebergens Ungdomsforum. Flera aktiviteter fortsätter i höst.',
        at: t('2019-08-30T14:00'),
      },
      {
        author: 'goteborgOwner',
        title: 'Över hundra ungdomsaktiviteter under 2019',
        body:
          'När vi räknade samman året hade vi ordnat över hundra olika aktiviteter för unga i ' +
          'Rannebergen. Flera av dem har blivit bestående, och partnerskapet fortsätter efter ' +
          'projekttiden.',
        at: t('2019-12-20T11:00'),
      },
      {
        author: 'rannebergenLeader',
        title: 'Läxhjälpen får en egen lokal',
        body:
          'Idén om läxhjälp nära hemmet kom från en boende och blev en utmaning här på Mötesplats. ' +
          'Nu är avtalet med Studieförbundet Kunskapsbron klart, och läxhjälpen börjar efter ' +
          'sommaren i centrumlokalen.',
        at: t('2026-06-01T09:00'),
      },
    ],
  },
  portalen: {
    organisation: 'hyresbostader',
    name: 'Portalen',
    slug: 'portalen',
    neighbourhood: 'Hageby och Ringdansen',
    municipalityCode: '0581',
    focusAreas: ['UNEMPLOYMENT'],
    summary:
      'En mötesplats i Hageby och Ringdansen där allt syftar till egen försörjning – i labbet med ' +
      'fokus på arbetslösa kvinnor.',
    description:
      'Portalen har funnits sedan 2011 som ett partnerskap mellan Hyresbostäder, Norrköpings ' +
      'kommun, ABF, Marieborgs folkhögskola och Svenska kyrkan. I labbet riktades arbetet till ' +
      'arbetslösa utrikesfödda kvinnor: studiecirklar, mentorer, språkkafé och träffar med ' +
      'arbetsgivare skulle stärka självförtroendet, bredda nätverken och leda till ' +
      'anställningsintervjuer.\n\nAv de 22 kvinnor som deltog fick 15 arbete eller praktik, ' +
      'började studera eller startade eget företag. Ytterligare sex planerar att starta ett ' +
      'kooperativ tillsammans.',
    processLeader: 'portalenLeader',
    status: 'ACTIVE',
    startsOn: day('2018-08-20'),
    endsOn: null,
    createdAt: t('2018-06-28T10:00'),
    updatedAt: t('2025-09-20T10:00'),
    partners: [
      {
        organisation: 'norrkopingsKommun',
        role: 'Jobbcoacher och studievägledning på plats',
        since: t('2018-08-02T10:00'),
      },
      { organisation: 'sverigesAllmannytta', role: 'Ledde labbet under projekttiden', since: t('2018-06-28T10:05') },
      {
        organisation: 'sustainableInnovation',
        role: 'Administrativ projektledning och processtöd',
        since: t('2018-06-28T10:05'),
      },
      { organisation: 'malmoUniversitet', role: 'Följeforskning', since: t('2018-06-28T10:05') },
      { organisation: 'vava', role: 'Arbetsträning och stöd att starta kooperativ', since: t('2018-09-05T11:00') },
    ],
    methods: [
      {
        method: 'mentorskap',
        note: 'Varje kvinna i labbet hade en mentor från det lokala arbetslivet.',
        since: t('2019-01-15T10:00'),
      },
      {
        method: 'sprakkafe',
        note: 'Språkkafé på torsdagar, som fick öppna en grupp till.',
        since: t('2018-10-04T10:00'),
      },
      {
        method: 'kooperativStart',
        note: 'Sex kvinnor planerade ett kooperativ; Väva leder nu stödet för en ny grupp.',
        since: t('2019-06-03T10:00'),
      },
      {
        method: 'mobiliseringskurs',
        note: 'Kursen anpassades för kvinnor långt från arbetsmarknaden, med barnpassning vid varje träff.',
        since: t('2018-10-01T10:00'),
      },
      {
        method: 'dialogmote',
        note: 'Dialogmöten med deltagarna om vad som hindrade dem från att söka arbete.',
        since: t('2018-09-03T10:00'),
      },
    ],
    diary: [
      {
        author: 'portalenLeader',
        title: 'Labbet på Portalen är igång',
        body:
          'Uppstartsmötet hölls i Portalens lokaler med alla parter. Fokus under labbet blir ' +
          'arbetslösa kvinnor, och vi börjar med att fråga dem själva vad som står i vägen.',
        at: t('2018-08-21T13:00'),
      },
      {
        author: 'portalenLeader',
        title: 'Studiecirklar och mentorer',
        body:
          'Tjugotvå kvinnor går nu i studiecirklar och har var sin mentor från det lokala ' +
          'arbetslivet. Språkkaféet på torsdagar har blivit så populärt att vi har öppnat en ' +
          'grupp till.',
        at: t('2019-03-15T10:00'),
      },
      {
        author: 'norrkopingOwner',
        title: '15 av 22 i arbete, praktik, studier eller eget företag',
        body:
          'Femton av de tjugotvå kvinnorna i labbet har fått arbete eller praktik, börjat studera ' +
          'eller startat eget. Sex av de övriga planerar att starta ett kooperativ tillsammans.',
        at: t('2019-12-12T10:00'),
      },
      {
        author: 'portalenLeader',
        title: 'En ny grupp vill starta kooperativ',
        body:
          'Sex år efter labbet vill en ny grupp kvinnor göra samma resa. Kvinnokooperativet Väva, ' +
          'som själva gick den vägen, leder nu stödprogrammet.',
        at: t('2025-09-20T10:00'),
      },
    ],
  },
  linaHage: {
    organisation: 'telgebostader',
    name: 'Lina Hage – unga förebilder',
    slug: 'lina-hage',
    neighbourhood: 'Lina Hage',
    municipalityCode: '0181',
    focusAreas: ['SCHOOLS', 'CRIME', 'SERVICES'],
    summary:
      'Telgebostäder, föreningslivet och skolan ger unga 11–15 år andra förebilder och gör dem ' +
      'delaktiga i att skapa trygghet i området.',
    description:
      'I Lina Hage ville Telgebostäder att unga skulle få andra förebilder än de unga vuxna som ' +
      'begår brott i området. En ny mötesplats öppnade hösten 2018, och föreningar, skolan och ' +
      'boende har tillsammans ordnat aktiviteter där ungdomarna själva är med och bestämmer.\n\n' +
      'Antalet unga som deltar i aktiviteterna har ökat med 80 procent, och deras skolmotivation ' +
      'har ökat avsevärt.',
    processLeader: 'linaHageLeader',
    status: 'ACTIVE',
    startsOn: day('2018-09-03'),
    endsOn: null,
    createdAt: t('2018-06-29T10:00'),
    updatedAt: t('2025-01-15T10:00'),
    partners: [
      { organisation: 'sverigesAllmannytta', role: 'Ledde labbet under projekttiden', since: t('2018-06-29T10:05') },
      { organisation: 'malmoUniversitet', role: 'Följeforskning', since: t('2018-06-29T10:05') },
      { organisation: 'tryggaLina', role: 'Vuxna på kvällar och helger', since: t('2018-09-21T10:00') },
      { organisation: 'linaSkola', role: 'Läxhjälp och studiero efter skoltid', since: t('2025-01-15T10:00') },
    ],
    methods: [
      {
        method: 'laxhjalp',
        note: 'Läxhjälp och studiero efter skoltid, tillsammans med skolan.',
        since: t('2025-01-15T10:00'),
      },
      {
        method: 'framtidsverkstad',
        note: 'Ungdomarna gjorde en egen framtidsverkstad om hur mötesplatsen skulle användas.',
        since: t('2018-10-06T10:00'),
      },
      {
        method: 'mobiliseringskurs',
        note: 'Unga ledare 16–19 år gick kursen och driver nu egna aktiviteter för yngre.',
        since: t('2019-02-01T10:00'),
      },
    ],
    diary: [
      {
        author: 'linaHageLeader',
        title: 'Ny mötesplats i Lina Hage',
        body:
          'Mötesplatsen är öppen! Här finns plats för film- och diskussionskvällar, läxläsning och ' +
          'föreningarnas möten. Ungdomarna har redan börjat planera vad lokalen ska användas till.',
        at: t('2018-09-03T17:00'),
      },
      {
        author: 'linaHageLeader',
        title: 'Fotoväggen och naturstigen',
        body:
          'Barnen har målat fågelholkar till den nya naturstigen, och på fotoväggen sitter nu ' +
          'bilder från föreningarnas aktiviteter under våren.',
        at: t('2019-05-20T15:00'),
      },
      {
        author: 'sodertaljeOwner',
        title: 'Deltagandet har ökat med 80 procent',
        body:
          'Jämfört med hösten 2018 deltar 80 procent fler unga i aktiviteterna, och både elever och ' +
          'lärare berättar att skolmotivationen har ökat avsevärt.',
        at: t('2019-12-18T10:00'),
      },
    ],
  },
} satisfies Record<string, DemoLab>;
export type DemoLabKey = keyof typeof demoLabs;
export const DEMO_LABS: Readonly<Record<DemoLabKey, DemoLab>> = demoLabs;

// ---------------------------------------------------------------------------------------------
// Challenges
// ---------------------------------------------------------------------------------------------

export interface DemoChallenge {
  organisation: DemoOrganisationKey;
  lab: DemoLabKey | null;
  title: string;
  summary: string;
  description: string;
  focusArea: FocusArea;
  targetGroups: TargetGroup[];
  municipalityCode: string;
  neighbourhood: string;
  desiredOutcome: string;
  bringsPremises: boolean;
  bringsFunding: boolean;
  bringsStaff: boolean;
  bringsDescription: string;
  neededSupportTypes: SupportType[];
  startsOn: Date | null;
  endsOn: Date | null;
  status: ChallengeStatus;
  createdBy: DemoUserKey;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
}

const demoChallenges = {
  bodenPraktik: {
    organisation: 'bodensBostader',
    lab: 'boden',
    title: 'Praktikplatser för nyanlända inom fastighetsskötsel',
    summary:
      'Vi söker företag som kan ta emot nyanlända hyresgäster på praktik inom fastighetsskötsel ' +
      'och utemiljö, med sikte på anställning.',
    description:
      'Många av våra nya hyresgäster har erfarenhet av bygg- och fastighetsarbete från sina ' +
      'hemländer men saknar svenska referenser. Vi vill ordna praktik som kan leda till jobb, i ' +
      'vårt eget bestånd eller hos lokala företag.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['NEWLY_ARRIVED', 'LONG_TERM_UNEMPLOYED'],
    municipalityCode: '2582',
    neighbourhood: 'Centrala Boden',
    desiredOutcome:
      'Minst sex praktikplatser under 2019, och att hälften av praktikanterna får arbete eller börjar studera.',
    bringsPremises: true,
    bringsFunding: false,
    bringsStaff: true,
    bringsDescription: 'Handledare bland våra bovärdar, arbetskläder och en lokal för introduktion.',
    neededSupportTypes: ['TRAINING', 'STAFF'],
    startsOn: day('2018-11-01'),
    endsOn: day('2019-12-31'),
    status: 'CLOSED',
    createdBy: 'bodenLeader',
    createdAt: t('2018-09-25T09:00'),
    publishedAt: t('2018-09-26T09:00'),
    updatedAt: t('2019-12-20T09:00'),
  },
  bodenSprakvanner: {
    organisation: 'bodensBostader',
    lab: 'boden',
    title: 'Språkvänner som hjälper nyanlända in i vardagen',
    summary:
      'Nyanlända hyresgäster vill träffa bodensare att prata svenska med. Vi söker en förening ' +
      'som kan ordna och följa upp språkvänner.',
    description:
      'Idén kom från en hyresgäst som efter ett år i Boden fortfarande inte kände någon som ' +
      'pratade svenska. Vi vill ordna regelbundna träffar mellan nyanlända och bodensare som vill ' +
      'dela med sig av språket och vardagen.',
    focusArea: 'SERVICES',
    targetGroups: ['NEWLY_ARRIVED', 'ALL_RESIDENTS'],
    municipalityCode: '2582',
    neighbourhood: 'Centrala Boden',
    desiredOutcome: 'Tjugo språkvänspar under ett år och fler nyanlända som deltar i föreningslivet.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'Lokal för träffarna och pengar till fika och utflykter.',
    neededSupportTypes: ['ACTIVITY'],
    startsOn: day('2018-11-15'),
    endsOn: day('2019-12-31'),
    status: 'CLOSED',
    createdBy: 'bodenLeader',
    createdAt: t('2018-10-08T10:00'),
    publishedAt: t('2018-10-09T08:00'),
    updatedAt: t('2019-12-20T09:05'),
  },
  bodenKafe: {
    organisation: 'bodensBostader',
    lab: null,
    title: 'Ett kvarterskafé som drivs av de boende',
    summary:
      'Vi har en ledig lokal på bottenvåningen och vill att de boende själva ska driva ett kafé ' +
      'och en mötesplats där. Vi söker någon som kan hjälpa dem att komma igång.',
    description:
      'Efter innovationslabbet har många hyresgäster frågat efter en plats att ses på. Lokalen ' +
      'är renoverad och har ett enkelt kök. Vi vill inte driva kaféet själva, utan stötta de ' +
      'boende att organisera sig och ta ansvar.',
    focusArea: 'SERVICES',
    targetGroups: ['ALL_RESIDENTS', 'SENIORS', 'NEWLY_ARRIVED'],
    municipalityCode: '2582',
    neighbourhood: 'Centrala Boden',
    desiredOutcome: 'Ett kafé som är öppet minst tre dagar i veckan och bemannas av boende.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'Lokalen hyresfritt det första året och ett startbidrag till inventarier.',
    neededSupportTypes: ['METHOD', 'TRAINING'],
    startsOn: day('2027-01-15'),
    endsOn: null,
    status: 'OPEN',
    createdBy: 'bodenOwner',
    createdAt: t('2026-09-14T09:00'),
    publishedAt: t('2026-09-15T08:00'),
    updatedAt: t('2026-09-15T08:00'),
  },
  rannebergenUngdom: {
    organisation: 'bostadsbolaget',
    lab: 'rannebergen',
    title: 'Fler meningsfulla fritidsaktiviteter för unga 13–19 år',
    summary:
      'Unga i Rannebergen har för lite att göra på kvällar och lov. Vi söker föreningar som ' +
      'tillsammans med ungdomarna kan ordna aktiviteter året runt.',
    description:
      'Sedan simhallen lades ned och centrumet tömdes finns få platser för unga i området. I ' +
      'dialogmötena var det det som föräldrarna tog upp först. Aktiviteterna ska planeras ' +
      'tillsammans med ungdomarna och gärna ledas av unga ledare från området.',
    focusArea: 'SERVICES',
    targetGroups: ['YOUTH_13_19'],
    municipalityCode: '1480',
    neighbourhood: 'Rannebergen',
    desiredOutcome: 'Aktiviteter varje vecka året runt och fler unga ledare från Rannebergen.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: true,
    bringsDescription: 'Centrumlokalen, en aktivitetsbudget och en områdesutvecklare som samordnar.',
    neededSupportTypes: ['ACTIVITY', 'STAFF'],
    startsOn: day('2019-01-01'),
    endsOn: null,
    status: 'IN_PROGRESS',
    createdBy: 'rannebergenLeader',
    createdAt: t('2018-11-12T10:00'),
    publishedAt: t('2018-11-13T08:00'),
    updatedAt: t('2019-02-04T10:00'),
  },
  rannebergenCentrum: {
    organisation: 'bostadsbolaget',
    lab: 'rannebergen',
    title: 'Liv och trygghet i centrumet på kvällstid',
    summary:
      'Centrumet i Rannebergen upplevs som otryggt efter mörkrets inbrott. Vi söker partner som ' +
      'kan hjälpa oss att fylla det med liv och göra det tryggare.',
    description:
      'Trygghetsmätningen visar att framför allt kvinnor och äldre undviker centrumet på ' +
      'kvällarna. Vi vill pröva både fysiska åtgärder och verksamhet som gör att fler vuxna rör ' +
      'sig där.',
    focusArea: 'CRIME',
    targetGroups: ['ALL_RESIDENTS', 'SENIORS', 'PARENTS'],
    municipalityCode: '1480',
    neighbourhood: 'Rannebergen',
    desiredOutcome: 'Fler som säger att de känner sig trygga i centrumet på kvällen i nästa trygghetsmätning.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'Tomma butikslokaler i centrumet och medel för belysning och skyltning.',
    neededSupportTypes: ['METHOD', 'ACTIVITY'],
    startsOn: day('2026-09-01'),
    endsOn: day('2027-06-30'),
    status: 'OPEN',
    createdBy: 'goteborgOwner',
    createdAt: t('2026-04-20T09:00'),
    publishedAt: t('2026-04-21T08:00'),
    updatedAt: t('2026-04-21T08:00'),
  },
  rannebergenLaxhjalp: {
    organisation: 'bostadsbolaget',
    lab: 'rannebergen',
    title: 'Läxhjälp nära hemmet för högstadieelever',
    summary:
      'Boende vill att barnen ska kunna få läxhjälp i området. Vi söker en partner som kan ordna ' +
      'läxhjälp två kvällar i veckan i centrumlokalen.',
    description:
      'Idén kom från en förälder här på Mötesplats och fick stort stöd av grannarna. Många ' +
      'föräldrar kan inte själva hjälpa till med skolarbetet på svenska, och biblioteket ligger en ' +
      'bussresa bort.',
    focusArea: 'SCHOOLS',
    targetGroups: ['YOUTH_13_19', 'PARENTS'],
    municipalityCode: '1480',
    neighbourhood: 'Rannebergen',
    desiredOutcome: 'Läxhjälp två kvällar i veckan under läsåret och fler elever med godkända betyg i åk 9.',
    bringsPremises: true,
    bringsFunding: false,
    bringsStaff: false,
    bringsDescription: 'Centrumlokalen med wifi och fika.',
    neededSupportTypes: ['ACTIVITY', 'STAFF'],
    startsOn: day('2026-08-24'),
    endsOn: day('2027-06-11'),
    status: 'OPEN',
    createdBy: 'rannebergenLeader',
    createdAt: t('2026-04-02T10:00'),
    publishedAt: t('2026-04-03T08:00'),
    updatedAt: t('2026-04-03T08:00'),
  },
  rannebergenSimhall: {
    organisation: 'bostadsbolaget',
    lab: 'rannebergen',
    title: 'Ny användning av den nedlagda simhallen',
    summary: 'Utkast: vi vill utreda om simhallen kan bli ett aktivitetshus och söker idéer och partner.',
    description:
      'Simhallen har stått tom sedan den lades ned. Innan vi publicerar utmaningen vill vi stämma ' +
      'av med Göteborgs Stad vad som är möjligt med byggnaden.',
    focusArea: 'SERVICES',
    targetGroups: ['ALL_RESIDENTS', 'YOUTH_13_19', 'CHILDREN'],
    municipalityCode: '1480',
    neighbourhood: 'Rannebergen',
    desiredOutcome: 'Ett beslut om simhallens framtid som de boende har varit med och tagit fram.',
    bringsPremises: true,
    bringsFunding: false,
    bringsStaff: false,
    bringsDescription: 'Byggnaden, om staden godkänner en ny användning.',
    neededSupportTypes: ['METHOD'],
    startsOn: null,
    endsOn: null,
    status: 'DRAFT',
    createdBy: 'rannebergenLeader',
    createdAt: t('2026-10-28T14:00'),
    publishedAt: null,
    updatedAt: t('2026-10-28T14:00'),
  },
  portalenJobbspar: {
    organisation: 'hyresbostader',
    lab: 'portalen',
    title: 'Vägar till arbete för kvinnor långt från arbetsmarknaden',
    summary:
      'Vi söker partner som kan erbjuda vägledning, praktik och kontakt med arbetsgivare för ' +
      'arbetslösa kvinnor i Hageby och Ringdansen.',
    description:
      'Många kvinnor i våra områden har varit hemma med barn i flera år och har aldrig haft ett ' +
      'arbete i Sverige. Vi vill samla stödet på ett ställe – i Portalen – så att vägen till ' +
      'arbete, studier eller eget företag blir kortare.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
    municipalityCode: '0581',
    neighbourhood: 'Hageby och Ringdansen',
    desiredOutcome: 'Att minst hälften av deltagarna får arbete, praktik, börjar studera eller startar eget.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: true,
    bringsDescription: 'Portalens lokaler, barnpassning och två medarbetare från den bosociala enheten.',
    neededSupportTypes: ['STAFF', 'TRAINING'],
    startsOn: day('2018-09-01'),
    endsOn: day('2019-12-31'),
    status: 'CLOSED',
    createdBy: 'portalenLeader',
    createdAt: t('2018-08-22T09:00'),
    publishedAt: t('2018-08-22T14:00'),
    updatedAt: t('2019-12-20T10:00'),
  },
  portalenKooperativ: {
    organisation: 'hyresbostader',
    lab: 'portalen',
    title: 'Stöd för kvinnor som vill starta ett kooperativ',
    summary:
      'En grupp kvinnor på Portalen vill starta ett kooperativt företag tillsammans. Vi söker ' +
      'någon som kan stötta dem från idé till registrerat företag.',
    description:
      'I labbet 2019 planerade sex kvinnor att starta ett kooperativ. Nu vill en ny grupp göra ' +
      'samma resa. De behöver stöd med affärsplan, ekonomi och kontakter med kunder.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    municipalityCode: '0581',
    neighbourhood: 'Hageby och Ringdansen',
    desiredOutcome: 'Ett registrerat kooperativ med minst fyra delägare inom ett år.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'En lokal i Portalen under uppstarten och ett mindre startbidrag.',
    neededSupportTypes: ['TRAINING', 'METHOD'],
    startsOn: day('2025-09-15'),
    endsOn: day('2026-12-31'),
    status: 'IN_PROGRESS',
    createdBy: 'portalenLeader',
    createdAt: t('2025-08-11T09:00'),
    publishedAt: t('2025-08-12T08:00'),
    updatedAt: t('2025-09-15T10:00'),
  },
  portalenSprak: {
    organisation: 'hyresbostader',
    lab: 'portalen',
    title: 'Svenska för mammor som är hemma med barn',
    summary:
      'Mammor som är föräldralediga eller hemma med små barn har svårt att gå på SFI. Vi söker ' +
      'partner som kan ordna svenskundervisning med barnpassning i Portalen.',
    description:
      'Idén kom från en boende som själv väntade i två år på att kunna börja läsa svenska. Vi ' +
      'vill ha korta pass på förmiddagarna, barnpassning i rummet bredvid och en väg vidare till ' +
      'SFI eller arbete.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'PARENTS', 'NEWLY_ARRIVED'],
    municipalityCode: '0581',
    neighbourhood: 'Hageby och Ringdansen',
    desiredOutcome: 'Två grupper med tio deltagare var under våren 2027.',
    bringsPremises: true,
    bringsFunding: false,
    bringsStaff: true,
    bringsDescription: 'Lokal och barnpassning genom Portalens personal.',
    neededSupportTypes: ['TRAINING', 'ACTIVITY'],
    startsOn: day('2027-01-11'),
    endsOn: day('2027-06-11'),
    status: 'OPEN',
    createdBy: 'portalenLeader',
    createdAt: t('2026-09-07T09:00'),
    publishedAt: t('2026-09-08T08:00'),
    updatedAt: t('2026-09-08T08:00'),
  },
  portalenTjejer: {
    organisation: 'hyresbostader',
    lab: 'portalen',
    title: 'Tjejträning och trygga kvällar i Ringdansen',
    summary:
      'Tjejer i Ringdansen deltar sällan i fritidsaktiviteter. Vi söker en förening som kan ' +
      'starta träning för tjejer 10–16 år på kvällstid.',
    description:
      'I dialogmöten berättade föräldrar att de inte vill att döttrarna är ute på kvällarna, ' +
      'eftersom det inte finns något för dem att göra. En återkommande aktivitet nära hemmet, ' +
      'med kvinnliga ledare, kan ändra på det.',
    focusArea: 'CRIME',
    targetGroups: ['YOUTH_13_19', 'CHILDREN', 'PARENTS'],
    municipalityCode: '0581',
    neighbourhood: 'Hageby och Ringdansen',
    desiredOutcome: 'Minst 25 tjejer som tränar varje vecka och fler föräldrar som känner sig trygga.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'Gymnastiksalen i Ringdansen på kvällstid och pengar till utrustning.',
    neededSupportTypes: ['ACTIVITY'],
    startsOn: day('2026-10-01'),
    endsOn: null,
    status: 'OPEN',
    createdBy: 'portalenLeader',
    createdAt: t('2026-06-15T09:00'),
    publishedAt: t('2026-06-15T13:00'),
    updatedAt: t('2026-06-15T13:00'),
  },
  portalenMentorer: {
    organisation: 'hyresbostader',
    lab: 'portalen',
    title: 'Mentorer från det lokala arbetslivet',
    summary:
      'Mentorprogrammet på Portalen behöver fler mentorer. Vi söker företag och organisationer ' +
      'vars medarbetare vill träffa en deltagare en gång i månaden under ett år.',
    description:
      'Mentorerna var en av de viktigaste delarna i labbet: deltagarna fick ett nätverk och ' +
      'någon som trodde på dem. Vi vill bygga ut programmet till trettio par.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'LONG_TERM_UNEMPLOYED'],
    municipalityCode: '0581',
    neighbourhood: 'Hageby och Ringdansen',
    desiredOutcome: 'Trettio mentorpar under 2027.',
    bringsPremises: true,
    bringsFunding: false,
    bringsStaff: true,
    bringsDescription: 'Samordning, utbildning av mentorerna och lokaler för träffarna.',
    neededSupportTypes: ['STAFF'],
    startsOn: day('2027-01-01'),
    endsOn: day('2027-12-31'),
    status: 'OPEN',
    createdBy: 'portalenLeader',
    createdAt: t('2026-10-05T09:00'),
    publishedAt: t('2026-10-05T12:00'),
    updatedAt: t('2026-10-05T12:00'),
  },
  linaForebilder: {
    organisation: 'telgebostader',
    lab: 'linaHage',
    title: 'Unga förebilder – ledarträning för 16–19-åringar',
    summary:
      'Vi vill att äldre ungdomar i Lina Hage ska bli förebilder för de yngre. Vi söker partner ' +
      'som kan utbilda och följa unga ledare.',
    description:
      'Unga i åldern 11–15 år ser i dag upp till unga vuxna som begår brott. Vi vill ge dem andra ' +
      'förebilder från det egna området: äldre ungdomar som leder aktiviteter och får betalt för ' +
      'det.',
    focusArea: 'CRIME',
    targetGroups: ['YOUTH_13_19', 'YOUNG_ADULTS'],
    municipalityCode: '0181',
    neighbourhood: 'Lina Hage',
    desiredOutcome: 'Tio unga ledare per år och fler yngre som deltar i aktiviteterna.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: true,
    bringsDescription: 'Mötesplatsen, arvoden till de unga ledarna och en stadsdelsutvecklare.',
    neededSupportTypes: ['TRAINING', 'ACTIVITY'],
    startsOn: day('2018-10-01'),
    endsOn: null,
    status: 'IN_PROGRESS',
    createdBy: 'linaHageLeader',
    createdAt: t('2018-09-10T09:00'),
    publishedAt: t('2018-09-10T15:00'),
    updatedAt: t('2018-10-01T09:00'),
  },
  linaSkolmotivation: {
    organisation: 'telgebostader',
    lab: 'linaHage',
    title: 'Läxhjälp och studiemotivation för årskurs 4–9',
    summary:
      'Skolmotivationen ökade när unga ledare började hjälpa yngre med läxorna. Nu vill vi göra ' +
      'det till en fast verksamhet tillsammans med skolan.',
    description:
      'Under labbet märkte vi att ungdomarna som deltog i aktiviteterna också blev mer ' +
      'motiverade i skolan. Vi vill ha läxhjälp och studiero efter skoltid, där skolans lärare och ' +
      'våra unga ledare arbetar tillsammans.',
    focusArea: 'SCHOOLS',
    targetGroups: ['CHILDREN', 'YOUTH_13_19'],
    municipalityCode: '0181',
    neighbourhood: 'Lina Hage',
    desiredOutcome: 'Fler elever med behörighet till gymnasiet från Lina Hage.',
    bringsPremises: false,
    bringsFunding: true,
    bringsStaff: true,
    bringsDescription: 'Arvoden till unga läxhjälpare och mellanmål.',
    neededSupportTypes: ['PREMISES', 'STAFF'],
    startsOn: day('2025-01-13'),
    endsOn: day('2027-06-11'),
    status: 'IN_PROGRESS',
    createdBy: 'linaHageLeader',
    createdAt: t('2024-09-02T09:00'),
    publishedAt: t('2024-09-02T13:00'),
    updatedAt: t('2025-01-13T09:00'),
  },
  linaFeriejobb: {
    organisation: 'telgebostader',
    lab: 'linaHage',
    title: 'Sommarjobb i det egna bostadsområdet',
    summary:
      'Vi vill ge unga i Lina Hage sitt första jobb – i det egna området. Vi söker en partner ' +
      'som kan anställa, handleda och följa upp ungdomarna.',
    description:
      'Ett första jobb ger både pengar, referenser och en känsla av att höra till. Arbetet kan ' +
      'vara utemiljö, sommaraktiviteter för barn eller hjälp på mötesplatsen.',
    focusArea: 'UNEMPLOYMENT',
    targetGroups: ['YOUTH_13_19', 'YOUNG_ADULTS'],
    municipalityCode: '0181',
    neighbourhood: 'Lina Hage',
    desiredOutcome: 'Trettio sommarjobb för unga 16–19 år sommaren 2027.',
    bringsPremises: false,
    bringsFunding: true,
    bringsStaff: true,
    bringsDescription: 'Lönemedel för sommarjobben och arbetsuppgifter i vårt bestånd.',
    neededSupportTypes: ['STAFF', 'TRAINING'],
    startsOn: day('2027-06-14'),
    endsOn: day('2027-08-13'),
    status: 'OPEN',
    createdBy: 'linaHageLeader',
    createdAt: t('2026-08-24T09:00'),
    publishedAt: t('2026-08-25T08:00'),
    updatedAt: t('2026-08-25T08:00'),
  },
  linaFredagar: {
    organisation: 'telgebostader',
    lab: 'linaHage',
    title: 'Öppet på fredagskvällar för högstadieelever',
    summary:
      'Ungdomarna vill ha någonstans att vara på fredagskvällar. Vi söker en partner som kan ' +
      'hålla mötesplatsen öppen tillsammans med unga ledare.',
    description:
      'Idén kom från en elev i årskurs 8 och fick mest stöd av alla idéer i Lina Hage den här våren. ' +
      'Fredagskvällarna är när det händer mest i området, och då är mötesplatsen stängd.',
    focusArea: 'CRIME',
    targetGroups: ['YOUTH_13_19'],
    municipalityCode: '0181',
    neighbourhood: 'Lina Hage',
    desiredOutcome: 'Öppet varje fredag 18–23 under läsåret, med minst två vuxna på plats.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'Mötesplatsen och medel för aktiviteter och mat.',
    neededSupportTypes: ['STAFF', 'ACTIVITY'],
    startsOn: day('2027-01-15'),
    endsOn: null,
    status: 'OPEN',
    createdBy: 'linaHageLeader',
    createdAt: t('2026-05-18T09:00'),
    publishedAt: t('2026-05-18T14:00'),
    updatedAt: t('2026-05-18T14:00'),
  },
  linaForaldrar: {
    organisation: 'telgebostader',
    lab: 'linaHage',
    title: 'Föräldraträffar om skolan på flera språk',
    summary:
      'Utkast: föräldrar vill förstå hur den svenska skolan fungerar. Vi planerar träffar tillsammans med skolan.',
    description:
      'Vi behöver först komma överens med Lina grundskola om hur träffarna ska läggas upp och ' +
      'vilka språk som behövs.',
    focusArea: 'SCHOOLS',
    targetGroups: ['PARENTS', 'NEWLY_ARRIVED'],
    municipalityCode: '0181',
    neighbourhood: 'Lina Hage',
    desiredOutcome: 'Fyra träffar per termin och fler föräldrar på utvecklingssamtalen.',
    bringsPremises: true,
    bringsFunding: false,
    bringsStaff: true,
    bringsDescription: 'Mötesplatsen och en stadsdelsutvecklare som bjuder in.',
    neededSupportTypes: ['ACTIVITY', 'TRAINING'],
    startsOn: null,
    endsOn: null,
    status: 'DRAFT',
    createdBy: 'linaHageLeader',
    createdAt: t('2026-11-02T10:00'),
    publishedAt: null,
    updatedAt: t('2026-11-02T10:00'),
  },
  telgeTrygghet: {
    organisation: 'telgebostader',
    lab: null,
    title: 'Trygghetsvandringar med boende i våra områden',
    summary:
      'Vi vill gå igenom utemiljön i våra bostadsområden tillsammans med de boende och få förslag ' +
      'på vad som gör dem tryggare.',
    description:
      'Vi har gjort trygghetsvandringar tidigare men vill nu göra dem systematiskt, med samma ' +
      'metod i alla områden och en tydlig återkoppling till de boende om vad som åtgärdas.',
    focusArea: 'CRIME',
    targetGroups: ['ALL_RESIDENTS', 'SENIORS', 'PEOPLE_WITH_DISABILITIES'],
    municipalityCode: '0181',
    neighbourhood: 'Lina Hage, Hovsjö och Ronna',
    desiredOutcome: 'En åtgärdsplan per område och återkoppling till de boende inom tre månader.',
    bringsPremises: false,
    bringsFunding: true,
    bringsStaff: true,
    bringsDescription: 'Budget för åtgärder och personal från förvaltningen som deltar i vandringarna.',
    neededSupportTypes: ['METHOD'],
    startsOn: day('2026-10-01'),
    endsOn: day('2027-05-31'),
    status: 'OPEN',
    createdBy: 'sodertaljeOwner',
    createdAt: t('2026-06-22T09:00'),
    publishedAt: t('2026-06-22T13:00'),
    updatedAt: t('2026-06-22T13:00'),
  },
  hyresbostaderDigital: {
    organisation: 'hyresbostader',
    lab: null,
    title: 'Digital delaktighet för äldre hyresgäster',
    summary:
      'Allt fler ärenden sköts digitalt, men många äldre hyresgäster står utanför. Vi söker ' +
      'partner som kan ordna handfast hjälp med mobil, bank-id och felanmälan.',
    description:
      'Vi ser att äldre hyresgäster ringer oss allt oftare för saker de inte kan göra i appen. ' +
      'Vi vill hellre hjälpa dem att klara det själva, i lugn takt och på deras eget språk.',
    focusArea: 'SERVICES',
    targetGroups: ['SENIORS'],
    municipalityCode: '0581',
    neighbourhood: 'Hela Norrköping',
    desiredOutcome: 'Hundra äldre som har fått hjälp och fler digitala felanmälningar från äldre.',
    bringsPremises: true,
    bringsFunding: true,
    bringsStaff: false,
    bringsDescription: 'Kvarterslokaler i flera områden och ersättning per träff.',
    neededSupportTypes: ['TRAINING'],
    startsOn: day('2026-09-01'),
    endsOn: day('2027-06-30'),
    status: 'OPEN',
    createdBy: 'norrkopingOwner',
    createdAt: t('2026-05-04T09:00'),
    publishedAt: t('2026-05-04T15:00'),
    updatedAt: t('2026-05-04T15:00'),
  },
} satisfies Record<string, DemoChallenge>;
export type DemoChallengeKey = keyof typeof demoChallenges;
export const DEMO_CHALLENGES: Readonly<Record<DemoChallengeKey, DemoChallenge>> = demoChallenges;

// ---------------------------------------------------------------------------------------------
// Offerings
// ---------------------------------------------------------------------------------------------

export interface DemoOffering {
  organisation: DemoOrganisationKey;
  title: string;
  summary: string;
  description: string;
  focusAreas: FocusArea[];
  targetGroups: TargetGroup[];
  /** Empty when isNational. */
  municipalityCodes: string[];
  isNational: boolean;
  supportTypes: SupportType[];
  capacity: number | null;
  capacityDescription: string | null;
  costModel: CostModel;
  costDescription: string | null;
  evidence: string;
  status: OfferingStatus;
  createdBy: DemoUserKey;
  createdAt: Date;
  publishedAt: Date | null;
  updatedAt: Date;
}

const demoOfferings = {
  kommunArbetsmarknad: {
    organisation: 'norrkopingsKommun',
    title: 'Jobbcoacher och studievägledning på plats i bostadsområdet',
    summary:
      'Kommunens jobbcoacher och studie- och yrkesvägledare finns på plats i era lokaler, en ' +
      'eller flera dagar i veckan.',
    description:
      'Vi möter deltagarna där de bor, utan tidsbokning. Vi hjälper till med cv, ' +
      'arbetsmarknadsanställningar, praktik, validering och vägar in i vuxenutbildningen.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'LONG_TERM_UNEMPLOYED', 'NEWLY_ARRIVED'],
    municipalityCodes: ['0581'],
    isNational: false,
    supportTypes: ['STAFF', 'TRAINING'],
    capacity: 80,
    capacityDescription: 'Två coacher, cirka 80 deltagare per år.',
    costModel: 'CO_FUNDED',
    costDescription: 'Kommunen står för personalen; bostadsbolaget för lokalen.',
    evidence:
      'I Portalens labb 2018–2019 fick 15 av 22 deltagande kvinnor arbete eller praktik, började ' +
      'studera eller startade eget företag.',
    status: 'PUBLISHED',
    createdBy: 'norrkopingsKommunOwner',
    createdAt: t('2018-08-03T09:00'),
    publishedAt: t('2018-08-03T13:00'),
    updatedAt: t('2020-01-20T09:00'),
  },
  malmoFoljeforskning: {
    organisation: 'malmoUniversitet',
    title: 'Följeforskning och resultatmätning för lokala labb',
    summary:
      'Vi hjälper er att välja indikatorer, mäta före och efter och dra lärdomar som går att ' +
      'använda på andra platser.',
    description:
      'En forskare följer ert arbete under ett till två år: intervjuer, enkäter och gemensamma ' +
      'lärseminarier med bostadsbolaget och partnerna. Resultaten redovisas som aggregat, aldrig ' +
      'per person.',
    focusAreas: ['UNEMPLOYMENT', 'SCHOOLS', 'SERVICES', 'CRIME'],
    targetGroups: ['ALL_RESIDENTS'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['METHOD', 'TRAINING'],
    capacity: 3,
    capacityDescription: 'Tre labb per år.',
    costModel: 'CO_FUNDED',
    costDescription: 'Ofta inom ramen för ett gemensamt forskningsprojekt med extern finansiering.',
    evidence:
      'Följeforskning i Allmännyttans innovationslabb 2018–2019, med framgångsfaktorer och ' +
      'rekommendationer till bostadsbolag.',
    status: 'PUBLISHED',
    createdBy: 'malmoOwner',
    createdAt: t('2018-06-14T09:00'),
    publishedAt: t('2018-06-14T12:00'),
    updatedAt: t('2020-02-03T09:00'),
  },
  sustainableProcesstod: {
    organisation: 'sustainableInnovation',
    title: 'Processtöd för innovationslabb i bostadsområden',
    summary:
      'Vi hjälper bostadsbolag att starta och leda ett lokalt labb: från behov och partnerskap ' +
      'till prövade idéer och spridning.',
    description:
      'Vi leder workshoppar, håller ihop partnerskapet och ser till att det som prövas ' +
      'dokumenteras så att andra kan använda det.',
    focusAreas: ['UNEMPLOYMENT', 'SCHOOLS', 'SERVICES', 'CRIME'],
    targetGroups: ['ALL_RESIDENTS'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['METHOD', 'STAFF'],
    capacity: null,
    capacityDescription: null,
    costModel: 'FIXED_PRICE',
    costDescription: 'Fast pris per labbfas, offert efter ett första samtal.',
    evidence: 'Administrativ projektledning för de fyra labben i Allmännyttans innovationslabb 2018–2019.',
    status: 'PUBLISHED',
    createdBy: 'sustainableOwner',
    createdAt: t('2018-06-14T10:00'),
    publishedAt: t('2018-06-14T12:30'),
    updatedAt: t('2018-06-14T12:30'),
  },
  nyaVannerSprakvanner: {
    organisation: 'nyaVanner',
    title: 'Språkvänner och mentorer för nyanlända',
    summary: 'Vi matchar nyanlända med bodensare som vill ses regelbundet och prata svenska.',
    description:
      'Varje par träffas minst en gång i veckan under ett halvår. Vi ordnar också gemensamma ' +
      'fikor och utflykter, och följer upp hur det går.',
    focusAreas: ['SERVICES', 'UNEMPLOYMENT'],
    targetGroups: ['NEWLY_ARRIVED'],
    municipalityCodes: ['2582'],
    isNational: false,
    supportTypes: ['ACTIVITY'],
    capacity: 30,
    capacityDescription: 'Cirka 30 par per år.',
    costModel: 'FREE',
    costDescription: 'Ideellt; vi tar gärna emot bidrag till fika och resor.',
    evidence: 'Tolv par matchades hösten 2018 i labbet i Boden, och flera har fortsatt att ses.',
    status: 'PUBLISHED',
    createdBy: 'nyaVannerOwner',
    createdAt: t('2018-09-06T18:00'),
    publishedAt: t('2018-09-07T09:00'),
    updatedAt: t('2018-12-03T09:00'),
  },
  fastighetsservicePraktik: {
    organisation: 'fastighetsserviceNorr',
    title: 'Praktikplatser inom fastighetsskötsel och utemiljö',
    summary: 'Vi tar emot praktikanter som vill lära sig fastighetsskötsel, med en handledare hela tiden.',
    description:
      'Praktiken är åtta till tolv veckor. Praktikanterna går med våra fastighetsskötare och ' +
      'lär sig yrket på plats. Den som passar kan få en visstidsanställning efteråt.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['NEWLY_ARRIVED', 'LONG_TERM_UNEMPLOYED'],
    municipalityCodes: ['2582', '2580'],
    isNational: false,
    supportTypes: ['TRAINING', 'STAFF'],
    capacity: 6,
    capacityDescription: 'Sex praktikanter per år.',
    costModel: 'FREE',
    costDescription: null,
    evidence: 'Sex praktikanter från labbet i Boden 2018–2019; fyra fick anställning hos oss eller hos kunder.',
    status: 'PUBLISHED',
    createdBy: 'fastighetsserviceOwner',
    createdAt: t('2018-09-03T08:00'),
    publishedAt: t('2018-09-03T12:00'),
    updatedAt: t('2020-01-08T08:00'),
  },
  kvarterskafeetMotesplats: {
    organisation: 'kvarterskafeet',
    title: 'Vi driver kvarterskafé med boende som personal',
    summary: 'Utkast: ett kafé där boende arbetar och lär sig driva verksamhet.',
    description: 'Vi skriver fortfarande på beskrivningen.',
    focusAreas: ['SERVICES'],
    targetGroups: ['ALL_RESIDENTS'],
    municipalityCodes: ['2582'],
    isNational: false,
    supportTypes: ['ACTIVITY'],
    capacity: null,
    capacityDescription: null,
    costModel: 'NEGOTIABLE',
    costDescription: null,
    evidence: '',
    status: 'DRAFT',
    createdBy: 'kvarterskafeetOwner',
    createdAt: t('2026-10-21T09:00'),
    publishedAt: null,
    updatedAt: t('2026-10-21T09:00'),
  },
  ungdomsforumFritid: {
    organisation: 'ungdomsforum',
    title: 'Fritidsaktiviteter och ledarutbildning för unga 13–19 år',
    summary:
      'Unga ledare från området ordnar aktiviteter varje vecka – idrott, matlagning, film och ' +
      'utflykter – som ungdomarna själva har valt.',
    description:
      'Vi utbildar unga ledare i ledarskap, första hjälpen och konflikthantering. De planerar ' +
      'aktiviteterna tillsammans med de yngre och får arvode för sina pass.',
    focusAreas: ['SERVICES', 'CRIME'],
    targetGroups: ['YOUTH_13_19', 'YOUNG_ADULTS'],
    municipalityCodes: ['1480'],
    isNational: false,
    supportTypes: ['ACTIVITY', 'TRAINING'],
    capacity: 150,
    capacityDescription: 'Cirka 150 unga deltar under ett år.',
    costModel: 'CO_FUNDED',
    costDescription: 'Bostadsbolaget står för lokal och arvoden; vi söker övriga medel.',
    evidence: 'Över 100 ungdomsaktiviteter i Rannebergen under 2019, flera av dem bestående.',
    status: 'PUBLISHED',
    createdBy: 'ungdomsforumOwner',
    createdAt: t('2018-11-01T17:00'),
    publishedAt: t('2018-11-02T09:00'),
    updatedAt: t('2020-01-13T09:00'),
  },
  ungdomsforumSommarlov: {
    organisation: 'ungdomsforum',
    title: 'Sommarlovsaktiviteter i Rannebergen 2019',
    summary: 'Ett fullt sommarlov med aktiviteter som ungdomarna själva planerat.',
    description:
      'Fotboll, badutflykter, matlagning och filmkvällar hela sommarlovet 2019, ledda av unga ' +
      'ledare från området.',
    focusAreas: ['SERVICES'],
    targetGroups: ['YOUTH_13_19', 'CHILDREN'],
    municipalityCodes: ['1480'],
    isNational: false,
    supportTypes: ['ACTIVITY'],
    capacity: 120,
    capacityDescription: 'Upp till 120 barn och unga under sommaren.',
    costModel: 'FREE',
    costDescription: 'Gratis för deltagarna.',
    evidence: 'Planerat utifrån framtidsverkstaden med unga i mars 2019.',
    status: 'ARCHIVED',
    createdBy: 'ungdomsforumOwner',
    createdAt: t('2019-03-25T17:00'),
    publishedAt: t('2019-03-26T09:00'),
    updatedAt: t('2019-09-02T09:00'),
  },
  kunskapsbronSvenska: {
    organisation: 'kunskapsbron',
    title: 'Studiecirklar i svenska och samhällskunskap',
    summary: 'Studiecirklar i vardagssvenska och samhällskunskap i era lokaler, med barnpassning vid behov.',
    description:
      'Cirklarna leds av utbildade cirkelledare, ofta på deltagarnas eget språk i början. Vi ' +
      'anpassar tider efter deltagarna, till exempel förmiddagar för föräldralediga.',
    focusAreas: ['UNEMPLOYMENT', 'SERVICES'],
    targetGroups: ['NEWLY_ARRIVED', 'WOMEN_FAR_FROM_LABOUR_MARKET', 'SENIORS'],
    municipalityCodes: ['1480', '0581', '0181', '2582'],
    isNational: false,
    supportTypes: ['TRAINING', 'ACTIVITY'],
    capacity: 200,
    capacityDescription: 'Cirka 20 cirklar per termin i de fyra kommunerna.',
    costModel: 'FREE',
    costDescription: 'Kostnadsfritt genom statsbidraget till folkbildningen.',
    evidence: 'Studiecirklar för kvinnorna i Portalens labb 2018–2019.',
    status: 'PUBLISHED',
    createdBy: 'kunskapsbronOwner',
    createdAt: t('2018-09-12T09:00'),
    publishedAt: t('2018-09-12T15:00'),
    updatedAt: t('2024-01-15T09:00'),
  },
  kunskapsbronLaxhjalp: {
    organisation: 'kunskapsbron',
    title: 'Läxhjälp och föräldracirklar',
    summary: 'Läxhjälp för elever i årskurs 4–9 och cirklar för föräldrar om hur skolan fungerar.',
    description:
      'Läxhjälpen leds av gymnasie- och högskolestudenter som vi utbildar. Föräldracirklarna tar ' +
      'upp betyg, studieval och hur man stöttar sitt barn hemma.',
    focusAreas: ['SCHOOLS'],
    targetGroups: ['CHILDREN', 'YOUTH_13_19', 'PARENTS'],
    municipalityCodes: ['1480', '0181'],
    isNational: false,
    supportTypes: ['ACTIVITY', 'STAFF'],
    capacity: 60,
    capacityDescription: 'Två kvällar i veckan, upp till 30 elever per kväll.',
    costModel: 'FREE',
    costDescription: null,
    evidence: 'Läxhjälp i tre bostadsområden i Göteborg sedan 2021.',
    status: 'PUBLISHED',
    createdBy: 'kunskapsbronOwner',
    createdAt: t('2024-02-05T09:00'),
    publishedAt: t('2024-02-05T14:00'),
    updatedAt: t('2024-02-05T14:00'),
  },
  vavaArbetstraning: {
    organisation: 'vava',
    title: 'Arbetsträning i sömnad och catering för kvinnor',
    summary: 'Kvinnor långt från arbetsmarknaden arbetstränar hos oss i sömnad och catering, i sin egen takt.',
    description:
      'Deltagarna arbetar i riktiga uppdrag med handledning och får ett intyg på vad de kan. ' +
      'Många går vidare till anställning, studier eller eget företag.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'NEWLY_ARRIVED'],
    municipalityCodes: ['0581'],
    isNational: false,
    supportTypes: ['TRAINING', 'ACTIVITY'],
    capacity: 12,
    capacityDescription: 'Tolv platser åt gången.',
    costModel: 'PER_PARTICIPANT',
    costDescription: 'Ersättning per deltagare och månad, ofta via Arbetsförmedlingen.',
    evidence: 'Flera deltagare från Portalens labb arbetstränade hos oss 2019.',
    status: 'PUBLISHED',
    createdBy: 'vavaOwner',
    createdAt: t('2018-09-06T10:00'),
    publishedAt: t('2018-09-06T15:00'),
    updatedAt: t('2018-09-06T15:00'),
  },
  vavaKooperativ: {
    organisation: 'vava',
    title: 'Starta kooperativ – stödprogram för kvinnor',
    summary: 'Ett år av stöd för en grupp som vill starta kooperativt företag: affärsplan, ekonomi, kunder.',
    description:
      'Vi har själva startat ett kooperativ och vet vad som krävs. Programmet består av ' +
      'träffar varannan vecka, en egen rådgivare och kontakter med våra kunder.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
    municipalityCodes: ['0581'],
    isNational: false,
    supportTypes: ['TRAINING', 'METHOD'],
    capacity: 8,
    capacityDescription: 'En grupp om högst åtta personer per år.',
    costModel: 'CO_FUNDED',
    costDescription: 'Halva kostnaden täcks av medel för socialt företagande.',
    evidence: 'Vi startade själva som ett kooperativ 2017 och har i dag sju delägare.',
    status: 'PUBLISHED',
    createdBy: 'vavaOwner',
    createdAt: t('2025-06-02T10:00'),
    publishedAt: t('2025-06-03T09:00'),
    updatedAt: t('2025-06-03T09:00'),
  },
  hagebyTjejtraning: {
    organisation: 'hagebyIdrott',
    title: 'Tjejträning och spontanidrott på kvällar och helger',
    summary: 'Träning för tjejer 10–16 år med kvinnliga ledare, och öppen spontanidrott för alla.',
    description:
      'Vi har ledare som själva vuxit upp i området. Träningen är gratis, och föräldrar är ' + 'välkomna att titta på.',
    focusAreas: ['CRIME', 'SERVICES'],
    targetGroups: ['YOUTH_13_19', 'CHILDREN'],
    municipalityCodes: ['0581'],
    isNational: false,
    supportTypes: ['ACTIVITY'],
    capacity: 60,
    capacityDescription: 'Två grupper om 30.',
    costModel: 'FREE',
    costDescription: null,
    evidence: 'Tjejträning i Navestad sedan 2023 med i snitt 22 deltagare per pass.',
    status: 'PUBLISHED',
    createdBy: 'hagebyOwner',
    createdAt: t('2025-02-10T19:00'),
    publishedAt: t('2025-02-11T09:00'),
    updatedAt: t('2025-02-11T09:00'),
  },
  linaSkolaLaxhjalp: {
    organisation: 'linaSkola',
    title: 'Skolans lokaler och lärare efter skoltid',
    summary: 'Vi öppnar skolan efter skoltid för läxhjälp och studiero, tillsammans med föreningar.',
    description:
      'Lärare finns på plats två eftermiddagar i veckan. Vi samarbetar gärna med unga ledare från ' +
      'området som hjälper de yngre eleverna.',
    focusAreas: ['SCHOOLS'],
    targetGroups: ['CHILDREN', 'YOUTH_13_19'],
    municipalityCodes: ['0181'],
    isNational: false,
    supportTypes: ['PREMISES', 'STAFF'],
    capacity: 80,
    capacityDescription: 'Upp till 40 elever per eftermiddag.',
    costModel: 'FREE',
    costDescription: null,
    evidence: 'Studiero efter skoltid sedan hösten 2023, med fler elever som lämnar in sina uppgifter i tid.',
    status: 'PUBLISHED',
    createdBy: 'linaSkolaOwner',
    createdAt: t('2024-08-26T08:00'),
    publishedAt: t('2024-08-26T12:00'),
    updatedAt: t('2024-08-26T12:00'),
  },
  tryggaLinaVuxna: {
    organisation: 'tryggaLina',
    title: 'Vuxna på kvällar och helger',
    summary: 'Vuxna från området som rör sig ute på kvällar och helger, pratar med unga och larmar vid behov.',
    description:
      'Vi går i par fredagar och lördagar och finns med på områdets aktiviteter. Alla våra ' +
      'vandrare har gått en kort utbildning med polisen och fältassistenterna.',
    focusAreas: ['CRIME'],
    targetGroups: ['YOUTH_13_19', 'ALL_RESIDENTS'],
    municipalityCodes: ['0181'],
    isNational: false,
    supportTypes: ['ACTIVITY', 'STAFF'],
    capacity: null,
    capacityDescription: null,
    costModel: 'FREE',
    costDescription: 'Ideellt; vi behöver västar, ficklampor och fika.',
    evidence: 'Varje helg sedan hösten 2018 i Lina Hage.',
    status: 'PUBLISHED',
    createdBy: 'tryggaLinaOwner',
    createdAt: t('2018-09-24T18:00'),
    publishedAt: t('2018-09-25T09:00'),
    updatedAt: t('2018-09-25T09:00'),
  },
  ungtDrivFeriejobb: {
    organisation: 'ungtDriv',
    title: 'Sommarjobb och ungt företagande',
    summary: 'Vi anställer unga för sommarjobb i deras eget område och hjälper dem att starta UF-företag.',
    description:
      'Vi sköter anställning, handledning och uppföljning. Uppdragsgivaren står för ' +
      'arbetsuppgifterna och lönemedlen.',
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['YOUTH_13_19', 'YOUNG_ADULTS'],
    municipalityCodes: ['0181', '0180'],
    isNational: false,
    supportTypes: ['STAFF', 'TRAINING'],
    capacity: 40,
    capacityDescription: 'Upp till 40 sommarjobb per sommar.',
    costModel: 'PER_PARTICIPANT',
    costDescription: 'Lön plus en administrativ avgift per ungdom.',
    evidence: 'Vi har anordnat sommarjobb åt 25 unga i Södertälje 2025 och 2026.',
    status: 'PUBLISHED',
    createdBy: 'ungtDrivOwner',
    createdAt: t('2026-09-29T10:00'),
    publishedAt: t('2026-09-29T14:00'),
    updatedAt: t('2026-09-29T14:00'),
  },
  dialogakademinDialog: {
    organisation: 'dialogakademin',
    title: 'Dialogmöten och framtidsverkstäder med boende',
    summary: 'Vi planerar och leder dialogmöten och framtidsverkstäder, och skriver återkopplingen till de boende.',
    description:
      'Metoderna prövades i Helsingborg och har sedan använts i bostadsområden över hela landet. ' +
      'Vi arbetar med genus- och föräldraskapsperspektiv och ordnar tolk och barnpassning.',
    focusAreas: ['SERVICES', 'CRIME'],
    targetGroups: ['ALL_RESIDENTS', 'PARENTS'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['METHOD', 'STAFF'],
    capacity: 20,
    capacityDescription: 'Cirka 20 möten per termin.',
    costModel: 'FIXED_PRICE',
    costDescription: 'Fast pris per möte inklusive förberedelse och sammanfattning.',
    evidence: 'Över 60 dialogmöten och framtidsverkstäder åt bostadsbolag sedan 2019.',
    status: 'PUBLISHED',
    createdBy: 'dialogakademinOwner',
    createdAt: t('2024-03-07T09:00'),
    publishedAt: t('2024-03-07T13:00'),
    updatedAt: t('2024-03-07T13:00'),
  },
  dialogakademinMobilisering: {
    organisation: 'dialogakademin',
    title: 'Mobiliseringskurs för boende som vill engagera sig',
    summary: 'En kurs i sex träffar för boende som vill starta och driva något i sitt område.',
    description:
      'Deltagarna lär sig föreningskunskap, mötesteknik och hur man söker pengar, och genomför en ' +
      'egen aktivitet med vårt stöd.',
    focusAreas: ['SERVICES', 'UNEMPLOYMENT'],
    targetGroups: ['ALL_RESIDENTS', 'WOMEN_FAR_FROM_LABOUR_MARKET'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['TRAINING', 'METHOD'],
    capacity: 16,
    capacityDescription: 'Högst 16 deltagare per kurs.',
    costModel: 'FIXED_PRICE',
    costDescription: 'Fast pris per kurs.',
    evidence: 'Tolv kurser sedan 2020; två av tre deltagare driver en aktivitet ett år senare.',
    status: 'PUBLISHED',
    createdBy: 'dialogakademinOwner',
    createdAt: t('2024-03-07T09:30'),
    publishedAt: t('2024-03-07T13:05'),
    updatedAt: t('2024-03-07T13:05'),
  },
  tryggboVandringar: {
    organisation: 'tryggbo',
    title: 'Trygghetsvandringar och situationell brottsprevention',
    summary: 'Vi leder trygghetsvandringar med boende och lämnar en prioriterad åtgärdslista.',
    description:
      'Vandringarna görs på kvällstid tillsammans med boende, förvaltare och gärna polis. Vi ' +
      'bedömer belysning, siktlinjer, växtlighet och entréer och föreslår åtgärder i ' +
      'prioritetsordning.',
    focusAreas: ['CRIME'],
    targetGroups: ['ALL_RESIDENTS', 'SENIORS', 'PEOPLE_WITH_DISABILITIES'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['METHOD'],
    capacity: null,
    capacityDescription: null,
    costModel: 'FIXED_PRICE',
    costDescription: 'Fast pris per område.',
    evidence: 'Trygghetsvandringar i 40 bostadsområden sedan 2015.',
    status: 'PUBLISHED',
    createdBy: 'tryggboOwner',
    createdAt: t('2025-04-10T09:00'),
    publishedAt: t('2025-04-10T13:00'),
    updatedAt: t('2025-04-10T13:00'),
  },
  foraldraVandringar: {
    organisation: 'foraldranatverket',
    title: 'Föräldravandringar och föräldraträffar',
    summary: 'Vi hjälper föräldrar i ert område att starta egna vandringar och träffar.',
    description:
      'Vi utbildar en första grupp föräldrar, går med dem de första kvällarna och ordnar ' +
      'föräldraträffar om ungas vardag, skola och sociala medier.',
    focusAreas: ['CRIME', 'SCHOOLS'],
    targetGroups: ['PARENTS', 'YOUTH_13_19'],
    municipalityCodes: [],
    isNational: true,
    supportTypes: ['ACTIVITY', 'TRAINING'],
    capacity: 10,
    capacityDescription: 'Tio nya föräldragrupper per år.',
    costModel: 'FREE',
    costDescription: 'Ideellt; resor ersätts.',
    evidence: 'Föräldragrupper i sex bostadsområden i Göteborg.',
    status: 'PUBLISHED',
    createdBy: 'foraldranatverketOwner',
    createdAt: t('2026-05-14T20:00'),
    publishedAt: t('2026-05-15T09:00'),
    updatedAt: t('2026-05-15T09:00'),
  },
  kommunDigitalaGuider: {
    organisation: 'norrkopingsKommun',
    title: 'Digitala guider för äldre',
    summary:
      'Digitala guider i extratjänst hjälper äldre med mobilen, bank-id, appar och felanmälan – i ' +
      'lugn takt, i era kvarterslokaler.',
    description:
      'Guiderna är anställda hos oss i arbetsmarknadsanställning och går en kort utbildning i ' +
      'digital vardag. De håller öppna träffar och bokade pass, på svenska och flera andra språk.',
    focusAreas: ['SERVICES', 'UNEMPLOYMENT'],
    targetGroups: ['SENIORS', 'LONG_TERM_UNEMPLOYED'],
    municipalityCodes: ['0581'],
    isNational: false,
    supportTypes: ['TRAINING', 'STAFF'],
    capacity: 150,
    capacityDescription: 'Sex guider, cirka 150 äldre per år.',
    costModel: 'CO_FUNDED',
    costDescription: 'Kommunen står för guiderna; värden ersätter material och lokal.',
    evidence: 'Guiderna har hjälpt omkring 300 äldre på stadens bibliotek sedan 2025.',
    status: 'PUBLISHED',
    createdBy: 'norrkopingsKommunOwner',
    createdAt: t('2026-06-08T09:00'),
    publishedAt: t('2026-06-08T13:00'),
    updatedAt: t('2026-06-08T13:00'),
  },
  tryggaLinaSommarvardar: {
    organisation: 'tryggaLina',
    title: 'Sommarvärdar – unga som jobbar i sitt eget område',
    summary:
      'Varje sommar anställer vi ungdomar från Lina Hage som sommarvärdar, med en vuxen handledare ' +
      'från föreningen.',
    description:
      'Sommarvärdarna ordnar aktiviteter för barnen på gårdarna, håller utemiljön snygg och hjälper ' +
      'till på mötesplatsen. Vi sköter anställning, handledning och uppföljning; uppdragsgivaren ' +
      'står för lönemedlen.',
    focusAreas: ['UNEMPLOYMENT', 'CRIME'],
    targetGroups: ['YOUTH_13_19', 'YOUNG_ADULTS'],
    municipalityCodes: ['0181'],
    isNational: false,
    supportTypes: ['STAFF', 'TRAINING'],
    capacity: 12,
    capacityDescription: 'Tolv sommarvärdar per sommar.',
    costModel: 'PER_PARTICIPANT',
    costDescription: 'Lön per sommarvärd; handledningen är ideell.',
    evidence: 'Åtta sommarvärdar sommaren 2026, alla fullföljde sina veckor.',
    status: 'PUBLISHED',
    createdBy: 'tryggaLinaOwner',
    createdAt: t('2026-09-14T18:00'),
    publishedAt: t('2026-09-15T09:00'),
    updatedAt: t('2026-09-15T09:00'),
  },
} satisfies Record<string, DemoOffering>;
export type DemoOfferingKey = keyof typeof demoOfferings;
export const DEMO_OFFERINGS: Readonly<Record<DemoOfferingKey, DemoOffering>> = demoOfferings;

// ---------------------------------------------------------------------------------------------
// Matches: every state, and every state reached from every origin
// ---------------------------------------------------------------------------------------------

export type DemoMatchStep = DistributiveOmit<MatchStep, 'actorId' | 'at'> & { by: DemoUserKey; at: Date };

export interface DemoMatch {
  challenge: DemoChallengeKey;
  offering: DemoOfferingKey;
  origin: MatchOrigin;
  /** Where the steps lead; the loader checks it. */
  state: MatchState;
  proposedBy: DemoUserKey;
  openedAt: Date;
  note: string;
  curatorNote: string;
  steps: readonly DemoMatchStep[];
  messages: readonly { author: DemoUserKey; organisation: DemoOrganisationKey | null; body: string; at: Date }[];
}

const demoMatches = {
  // --- PROPOSED ---------------------------------------------------------------------------------
  bodenKafeMobilisering: {
    challenge: 'bodenKafe',
    offering: 'dialogakademinMobilisering',
    origin: 'CURATOR_PROPOSAL',
    state: 'PROPOSED',
    proposedBy: 'curator',
    openedAt: t('2026-10-05T09:00'),
    note:
      'En mobiliseringskurs kan hjälpa de boende att organisera sig kring kaféet innan det öppnar. ' +
      'Dialogakademin har gjort liknande kurser i Helsingborg.',
    curatorNote: 'Kolla om Kvarterskaféet blir verifierat – de kan bli en andra partner.',
    steps: [],
    messages: [],
  },
  portalenSprakKommun: {
    challenge: 'portalenSprak',
    offering: 'kommunArbetsmarknad',
    origin: 'CURATOR_PROPOSAL',
    state: 'PROPOSED',
    proposedBy: 'curator',
    openedAt: t('2026-10-09T10:00'),
    note: 'Kommunens studievägledare kan ge deltagarna en väg vidare till SFI och vuxenutbildning.',
    curatorNote: '',
    steps: [
      {
        action: 'ACCEPT',
        side: 'HOUSING',
        by: 'portalenLeader',
        at: t('2026-10-12T08:30'),
        note: 'Gärna! Vi har haft ett bra samarbete med kommunen sedan labbet.',
      },
    ],
    messages: [
      {
        author: 'portalenLeader',
        organisation: 'hyresbostader',
        body: 'Hej Karin! Kan ni vara på plats en förmiddag i veckan när kursen har kommit igång?',
        at: t('2026-10-12T08:35'),
      },
    ],
  },
  portalenSprakKunskapsbron: {
    challenge: 'portalenSprak',
    offering: 'kunskapsbronSvenska',
    origin: 'ACTOR_INTEREST',
    state: 'PROPOSED',
    proposedBy: 'kunskapsbronOwner',
    openedAt: t('2026-10-08T13:00'),
    note:
      'Vi har förmiddagscirklar i svenska med barnpassning i Göteborg och kan starta två grupper ' +
      'på Portalen i januari.',
    curatorNote: '',
    steps: [],
    messages: [
      {
        author: 'kunskapsbronOwner',
        organisation: 'kunskapsbron',
        body: 'Vi har två cirkelledare som talar arabiska och somaliska. Passar det deltagarna?',
        at: t('2026-10-08T13:05'),
      },
      {
        author: 'portalenLeader',
        organisation: 'hyresbostader',
        body: 'Det låter bra. Vi tar upp det med gruppen på torsdag och återkommer.',
        at: t('2026-10-09T09:10'),
      },
    ],
  },
  linaFeriejobbUngtDriv: {
    challenge: 'linaFeriejobb',
    offering: 'ungtDrivFeriejobb',
    origin: 'COMPANY_INVITATION',
    state: 'PROPOSED',
    proposedBy: 'linaHageLeader',
    openedAt: t('2026-10-14T10:00'),
    note: 'Vi vill gärna att ni anställer och handleder sommarjobbarna i Lina Hage 2027.',
    curatorNote: 'Ungt Driv väntar på verifiering; kontrollera organisationsnumret innan de svarar.',
    steps: [],
    messages: [],
  },

  // --- AGREED -----------------------------------------------------------------------------------
  rannebergenLaxhjalpKunskapsbron: {
    challenge: 'rannebergenLaxhjalp',
    offering: 'kunskapsbronLaxhjalp',
    origin: 'CURATOR_PROPOSAL',
    state: 'AGREED',
    proposedBy: 'curator',
    openedAt: t('2026-05-04T09:00'),
    note: 'Kunskapsbron har läxhjälp i tre andra områden i Göteborg och kan börja efter sommaren.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'rannebergenLeader', at: t('2026-05-06T10:00') },
      {
        action: 'ACCEPT',
        side: 'ACTOR',
        by: 'kunskapsbronOwner',
        at: t('2026-05-20T14:00'),
        note: 'Vi startar vecka 35 med två kvällar i veckan.',
      },
    ],
    messages: [
      {
        author: 'rannebergenLeader',
        organisation: 'bostadsbolaget',
        body: 'Centrumlokalen är ledig måndagar och onsdagar efter kl. 16. Passar det?',
        at: t('2026-05-07T09:00'),
      },
      {
        author: 'kunskapsbronOwner',
        organisation: 'kunskapsbron',
        body: 'Måndagar och onsdagar fungerar. Vi har redan fyra läxhjälpare klara.',
        at: t('2026-05-20T14:05'),
      },
    ],
  },
  portalenTjejerHageby: {
    challenge: 'portalenTjejer',
    offering: 'hagebyTjejtraning',
    origin: 'ACTOR_INTEREST',
    state: 'AGREED',
    proposedBy: 'hagebyOwner',
    openedAt: t('2026-08-18T19:00'),
    note: 'Vi har två kvinnliga ledare som kan ta en grupp i Ringdansen från oktober.',
    curatorNote: '',
    steps: [
      {
        action: 'ACCEPT',
        side: 'HOUSING',
        by: 'portalenLeader',
        at: t('2026-08-25T09:00'),
        note: 'Välkomna! Gymnastiksalen är bokad tisdagar och torsdagar.',
      },
    ],
    messages: [
      {
        author: 'hagebyOwner',
        organisation: 'hagebyIdrott',
        body: 'Kan vi bjuda in föräldrarna till ett första pass så att de ser hur det går till?',
        at: t('2026-08-26T18:00'),
      },
      {
        author: 'portalenLeader',
        organisation: 'hyresbostader',
        body: 'Absolut. Vi sätter upp lappar och skickar inbjudan på flera språk.',
        at: t('2026-08-27T08:30'),
      },
    ],
  },
  telgeTrygghetTryggbo: {
    challenge: 'telgeTrygghet',
    offering: 'tryggboVandringar',
    origin: 'COMPANY_INVITATION',
    state: 'AGREED',
    proposedBy: 'sodertaljeOwner',
    openedAt: t('2026-07-01T09:00'),
    note: 'Vi vill göra trygghetsvandringar i tre områden under hösten och våren.',
    curatorNote: '',
    steps: [
      {
        action: 'ACCEPT',
        side: 'ACTOR',
        by: 'tryggboOwner',
        at: t('2026-07-08T10:00'),
        note: 'Vi kan börja i Lina Hage i oktober.',
      },
    ],
    messages: [
      {
        author: 'tryggboOwner',
        organisation: 'tryggbo',
        body: 'Vi behöver en karta över området och en kontaktperson från förvaltningen per vandring.',
        at: t('2026-07-08T10:05'),
      },
    ],
  },

  // --- ACTIVE -----------------------------------------------------------------------------------
  portalenKooperativVava: {
    challenge: 'portalenKooperativ',
    offering: 'vavaKooperativ',
    origin: 'CURATOR_PROPOSAL',
    state: 'ACTIVE',
    proposedBy: 'curator',
    openedAt: t('2025-08-13T09:00'),
    note: 'Väva har själva startat ett kooperativ och har ett färdigt stödprogram.',
    curatorNote: 'Bra exempel att följa upp för resultatsidan.',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'portalenLeader', at: t('2025-08-14T10:00') },
      { action: 'ACCEPT', side: 'ACTOR', by: 'vavaOwner', at: t('2025-08-18T15:00') },
      {
        action: 'START',
        by: 'portalenLeader',
        at: t('2025-09-15T09:00'),
        note: 'Första träffen med sju deltagare.',
      },
      {
        action: 'PROPOSE_COMPLETION',
        side: 'ACTOR',
        by: 'vavaOwner',
        at: t('2026-11-24T14:00'),
        outcomeSummary:
          'Sju kvinnor har registrerat den ekonomiska föreningen Portalens Kök och tar sina första ' +
          'cateringuppdrag i december. Väva fortsätter som mentor, utanför labbet.',
      },
    ],
    messages: [
      {
        author: 'vavaOwner',
        organisation: 'vava',
        body: 'Sju kvinnor kom till första träffen. Alla vill fortsätta.',
        at: t('2025-09-15T16:00'),
      },
      {
        author: 'curator',
        organisation: null,
        body: 'Fint att höra! Lägg gärna in en mätning när gruppen har registrerat sin förening.',
        at: t('2025-09-16T09:00'),
      },
    ],
  },
  linaSkolmotivationSkolan: {
    challenge: 'linaSkolmotivation',
    offering: 'linaSkolaLaxhjalp',
    origin: 'ACTOR_INTEREST',
    state: 'ACTIVE',
    proposedBy: 'linaSkolaOwner',
    openedAt: t('2024-09-04T08:00'),
    note: 'Skolan vill gärna samarbeta med era unga ledare i läxhjälpen.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'linaHageLeader', at: t('2024-09-06T10:00') },
      {
        action: 'START',
        by: 'linaHageLeader',
        at: t('2025-01-13T15:00'),
        note: 'Läxhjälpen startade med tre unga ledare och två lärare.',
      },
    ],
    messages: [
      {
        author: 'linaSkolaOwner',
        organisation: 'linaSkola',
        body: 'Vi har sett att fler elever lämnar in sina uppgifter i tid sedan läxhjälpen började.',
        at: t('2025-05-20T15:00'),
      },
    ],
  },
  rannebergenUngdomFritid: {
    challenge: 'rannebergenUngdom',
    offering: 'ungdomsforumFritid',
    origin: 'COMPANY_INVITATION',
    state: 'ACTIVE',
    proposedBy: 'rannebergenLeader',
    openedAt: t('2018-11-14T10:00'),
    note: 'Vi vill att Ungdomsforum leder aktiviteterna tillsammans med ungdomarna.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'ACTOR', by: 'ungdomsforumOwner', at: t('2018-11-19T17:00') },
      { action: 'START', by: 'rannebergenLeader', at: t('2019-02-04T10:00') },
    ],
    messages: [
      {
        author: 'ungdomsforumOwner',
        organisation: 'ungdomsforum',
        body: 'Vi har tio unga ledare klara efter sportlovet.',
        at: t('2019-01-28T17:00'),
      },
      {
        author: 'ungdomsforumMember',
        organisation: 'ungdomsforum',
        body: 'Höstens schema är klart: fotboll tisdagar, matlagning onsdagar och film på fredagar.',
        at: t('2026-08-20T18:00'),
      },
    ],
  },

  // --- COMPLETED --------------------------------------------------------------------------------
  bodenPraktikFastighetsservice: {
    challenge: 'bodenPraktik',
    offering: 'fastighetsservicePraktik',
    origin: 'CURATOR_PROPOSAL',
    state: 'COMPLETED',
    proposedBy: 'curator',
    openedAt: t('2018-10-01T09:00'),
    note: 'Fastighetsservice Norr tar emot praktikanter och har behov av fler medarbetare.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'bodenLeader', at: t('2018-10-02T09:00') },
      { action: 'ACCEPT', side: 'ACTOR', by: 'fastighetsserviceOwner', at: t('2018-10-04T13:00') },
      { action: 'START', by: 'bodenLeader', at: t('2018-11-05T07:30') },
      {
        action: 'PROPOSE_COMPLETION',
        side: 'HOUSING',
        by: 'bodenOwner',
        at: t('2019-12-16T10:00'),
        outcomeSummary:
          'Sex nyanlända gjorde praktik inom fastighetsskötsel; fyra fick anställning hos ' +
          'Fastighetsservice Norr eller hos deras kunder.',
      },
      { action: 'CONFIRM_COMPLETION', by: 'fastighetsserviceOwner', at: t('2019-12-18T09:00') },
    ],
    messages: [
      {
        author: 'fastighetsserviceOwner',
        organisation: 'fastighetsserviceNorr',
        body: 'De två första praktikanterna börjar måndag. Arbetskläder finns.',
        at: t('2018-10-31T15:00'),
      },
    ],
  },
  bodenSprakvannerNyaVanner: {
    challenge: 'bodenSprakvanner',
    offering: 'nyaVannerSprakvanner',
    origin: 'ACTOR_INTEREST',
    state: 'COMPLETED',
    proposedBy: 'nyaVannerOwner',
    openedAt: t('2018-10-10T18:00'),
    note: 'Det här är precis vad vi gör. Vi har redan femton bodensare som vill bli språkvänner.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'bodenLeader', at: t('2018-10-11T09:00') },
      { action: 'START', by: 'bodenLeader', at: t('2018-11-15T17:00') },
      {
        action: 'PROPOSE_COMPLETION',
        side: 'HOUSING',
        by: 'bodenLeader',
        at: t('2019-12-17T10:00'),
        outcomeSummary: 'Tjugotvå språkvänspar under labbet; flera par ses fortfarande på egen hand.',
      },
      { action: 'CONFIRM_COMPLETION', by: 'nyaVannerOwner', at: t('2019-12-19T18:30') },
    ],
    messages: [],
  },
  rannebergenSommarlov: {
    challenge: 'rannebergenUngdom',
    offering: 'ungdomsforumSommarlov',
    origin: 'ACTOR_INTEREST',
    state: 'COMPLETED',
    proposedBy: 'ungdomsforumOwner',
    openedAt: t('2019-03-27T17:00'),
    note: 'Ungdomarna har planerat sommarlovet i framtidsverkstaden. Vi vill genomföra det.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'rannebergenLeader', at: t('2019-03-29T09:00') },
      { action: 'START', by: 'rannebergenLeader', at: t('2019-06-17T10:00') },
      {
        action: 'PROPOSE_COMPLETION',
        side: 'HOUSING',
        by: 'goteborgOwner',
        at: t('2019-08-30T14:00'),
        outcomeSummary:
          'Aktiviteter varje vardag under sommarlovet; fotbollen och matlagningen fortsatte ' +
          'som veckoaktiviteter i höst.',
      },
      { action: 'CONFIRM_COMPLETION', by: 'ungdomsforumOwner', at: t('2019-09-02T16:00') },
    ],
    messages: [
      {
        author: 'ungdomsforumOwner',
        organisation: 'ungdomsforum',
        body: 'Badutflykten till Delsjön blev full på en timme. Kan vi boka en buss till?',
        at: t('2019-07-08T11:00'),
      },
    ],
  },
  portalenJobbsparKommun: {
    challenge: 'portalenJobbspar',
    offering: 'kommunArbetsmarknad',
    origin: 'COMPANY_INVITATION',
    state: 'COMPLETED',
    proposedBy: 'portalenLeader',
    openedAt: t('2018-08-23T09:00'),
    note: 'Vi vill ha era coacher på plats i Portalen under hela labbet.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'ACTOR', by: 'norrkopingsKommunOwner', at: t('2018-08-24T10:00') },
      { action: 'START', by: 'portalenLeader', at: t('2018-09-03T09:00') },
      {
        action: 'PROPOSE_COMPLETION',
        side: 'ACTOR',
        by: 'norrkopingsKommunOwner',
        at: t('2019-12-12T10:00'),
        outcomeSummary:
          '15 av 22 kvinnor fick arbete eller praktik, började studera eller startade eget ' +
          'företag. Ytterligare sex planerar att starta ett kooperativ.',
      },
      { action: 'CONFIRM_COMPLETION', by: 'norrkopingOwner', at: t('2019-12-13T09:30') },
    ],
    messages: [
      {
        author: 'norrkopingsKommunOwner',
        organisation: 'norrkopingsKommun',
        body: 'Våra coacher är på plats tisdagar och torsdagar från och med nästa vecka.',
        at: t('2018-08-27T10:00'),
      },
    ],
  },
  linaForebilderTryggaLina: {
    challenge: 'linaForebilder',
    offering: 'tryggaLinaVuxna',
    origin: 'COMPANY_INVITATION',
    state: 'COMPLETED',
    proposedBy: 'linaHageLeader',
    openedAt: t('2018-09-26T10:00'),
    note: 'Vi vill att era vuxna finns med när de unga ledarna håller aktiviteter på kvällarna.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'ACTOR', by: 'tryggaLinaOwner', at: t('2018-09-27T19:00') },
      { action: 'START', by: 'linaHageLeader', at: t('2018-10-05T18:00') },
      {
        action: 'PROPOSE_COMPLETION',
        side: 'HOUSING',
        by: 'sodertaljeOwner',
        at: t('2019-12-18T10:00'),
        outcomeSummary:
          'Vuxna fanns på plats vid alla kvällsaktiviteter under labbet. Deltagandet bland unga ' +
          'ökade med 80 procent jämfört med hösten 2018.',
      },
      { action: 'CONFIRM_COMPLETION', by: 'tryggaLinaOwner', at: t('2019-12-20T19:00') },
    ],
    messages: [],
  },

  // --- DECLINED ---------------------------------------------------------------------------------
  linaFeriejobbFastighetsservice: {
    challenge: 'linaFeriejobb',
    offering: 'fastighetsservicePraktik',
    origin: 'CURATOR_PROPOSAL',
    state: 'DECLINED',
    proposedBy: 'curator',
    openedAt: t('2026-08-31T09:00'),
    note: 'Fastighetsservice Norr har erfarenhet av att handleda nybörjare i fastighetsskötsel.',
    curatorNote: '',
    steps: [
      { action: 'ACCEPT', side: 'HOUSING', by: 'linaHageLeader', at: t('2026-09-01T09:00') },
      {
        action: 'DECLINE',
        by: 'fastighetsserviceOwner',
        at: t('2026-09-03T13:00'),
        reason: 'Vi arbetar bara i Boden och Luleå och kan inte handleda ungdomar i Södertälje.',
      },
    ],
    messages: [],
  },
  telgeTrygghetForaldrar: {
    challenge: 'telgeTrygghet',
    offering: 'foraldraVandringar',
    origin: 'ACTOR_INTEREST',
    state: 'DECLINED',
    proposedBy: 'foraldranatverketOwner',
    openedAt: t('2026-06-25T20:00'),
    note: 'Vi kan starta föräldravandringar i era områden.',
    curatorNote: '',
    steps: [
      {
        action: 'DECLINE',
        by: 'sodertaljeOwner',
        at: t('2026-06-29T09:00'),
        reason:
          'Tack för intresset! Trygga Lina har redan vuxna ute på kvällarna i Lina Hage, och i den ' +
          'här utmaningen söker vi någon som leder trygghetsvandringar i utemiljön.',
      },
    ],
    messages: [],
  },
  rannebergenCentrumTryggbo: {
    challenge: 'rannebergenCentrum',
    offering: 'tryggboVandringar',
    origin: 'COMPANY_INVITATION',
    state: 'DECLINED',
    proposedBy: 'goteborgOwner',
    openedAt: t('2026-04-22T09:00'),
    note: 'Vi vill börja med en trygghetsvandring i centrumet i september.',
    curatorNote: '',
    steps: [
      {
        action: 'DECLINE',
        by: 'tryggboOwner',
        at: t('2026-04-27T10:00'),
        reason: 'Vi är fullbokade under hösten och kan tidigast ta uppdraget i mars 2027.',
      },
    ],
    messages: [
      {
        author: 'tryggboOwner',
        organisation: 'tryggbo',
        body: 'Hör gärna av er igen till våren om behovet finns kvar.',
        at: t('2026-04-27T10:05'),
      },
    ],
  },

  // --- WITHDRAWN --------------------------------------------------------------------------------
  hyresbostaderDigitalKunskapsbron: {
    challenge: 'hyresbostaderDigital',
    offering: 'kunskapsbronSvenska',
    origin: 'CURATOR_PROPOSAL',
    state: 'WITHDRAWN',
    proposedBy: 'curator',
    openedAt: t('2026-05-11T09:00'),
    note: 'Kunskapsbrons cirklar för äldre skulle kunna inriktas på mobil och bank-id.',
    curatorNote: '',
    steps: [
      {
        action: 'WITHDRAW',
        by: 'curator',
        at: t('2026-05-18T09:00'),
        reason: 'Kunskapsbron har inga cirkelledare för digital vardag i Norrköping i höst. Jag letar vidare.',
      },
    ],
    messages: [],
  },
  rannebergenCentrumDialog: {
    challenge: 'rannebergenCentrum',
    offering: 'dialogakademinDialog',
    origin: 'ACTOR_INTEREST',
    state: 'WITHDRAWN',
    proposedBy: 'dialogakademinOwner',
    openedAt: t('2026-04-24T11:00'),
    note: 'Vi kan leda dialogmöten om centrumet med boende, butiksägare och polis.',
    curatorNote: '',
    steps: [
      {
        action: 'WITHDRAW',
        by: 'dialogakademinOwner',
        at: t('2026-05-02T09:00'),
        reason: 'Vi har fått ett större uppdrag i Helsingborg och kan tyvärr inte ta fler möten i höst.',
      },
    ],
    messages: [],
  },
  bodenKafeNyaVanner: {
    challenge: 'bodenKafe',
    offering: 'nyaVannerSprakvanner',
    origin: 'COMPANY_INVITATION',
    state: 'WITHDRAWN',
    proposedBy: 'bodenOwner',
    openedAt: t('2026-09-16T09:00'),
    note: 'Vill era språkvänner vara med och driva kaféet?',
    curatorNote: '',
    steps: [
      {
        action: 'ACCEPT',
        side: 'ACTOR',
        by: 'nyaVannerOwner',
        at: t('2026-09-18T18:00'),
        note: 'Gärna, flera av våra medlemmar har frågat efter just det.',
      },
      {
        action: 'WITHDRAW',
        by: 'bodenOwner',
        at: t('2026-09-30T09:00'),
        reason: 'Lokalen blir inte klar förrän efter årsskiftet. Vi bjuder in er igen då.',
      },
    ],
    messages: [
      {
        author: 'bodenOwner',
        organisation: 'bodensBostader',
        body: 'Förlåt för dröjsmålet – vi hör av oss så fort vi har ett datum för lokalen.',
        at: t('2026-09-30T09:05'),
      },
    ],
  },
} satisfies Record<string, DemoMatch>;
export type DemoMatchKey = keyof typeof demoMatches;
export const DEMO_MATCHES: Readonly<Record<DemoMatchKey, DemoMatch>> = demoMatches;

// ---------------------------------------------------------------------------------------------
// Resident ideas
// ---------------------------------------------------------------------------------------------

export interface DemoIdea {
  lab: DemoLabKey;
  title: string;
  body: string;
  focusArea: FocusArea | null;
  author: DemoUserKey | null;
  /** For residents who wrote without an account. */
  authorName: string | null;
  status: IdeaStatus;
  challenge: DemoChallengeKey | null;
  moderation: { by: DemoUserKey; reason: string; at: Date } | null;
  createdAt: Date;
  supports: readonly ({ user: DemoUserKey; at: Date } | { anonymousKey: string; at: Date })[];
  comments: readonly {
    author: DemoUserKey;
    body: string;
    at: Date;
    hidden?: { by: DemoUserKey; reason: string; at: Date };
  }[];
}

export const DEMO_IDEAS: readonly DemoIdea[] = [
  // --- Boden ------------------------------------------------------------------------------------
  {
    lab: 'boden',
    title: 'Någon att prata svenska med',
    body:
      'Jag har bott i Boden i ett år men känner ingen som pratar svenska. Kan man ordna träffar ' +
      'med grannar som vill hjälpa till? Jag bjuder på kaffe.',
    focusArea: 'SERVICES',
    author: null,
    authorName: 'Abdi',
    status: 'CONVERTED',
    challenge: 'bodenSprakvanner',
    moderation: { by: 'bodenLeader', reason: 'Blev utmaningen om språkvänner.', at: t('2018-10-08T10:00') },
    createdAt: t('2018-10-01T19:00'),
    supports: [
      { user: 'residentBoden', at: t('2018-10-02T18:00') },
      { anonymousKey: anonymousKey('boden-1'), at: t('2018-10-03T12:00') },
      { anonymousKey: anonymousKey('boden-2'), at: t('2018-10-04T20:00') },
    ],
    comments: [
      {
        author: 'residentBoden',
        body: 'Jag är pensionär och har gott om tid. Hör av dig!',
        at: t('2018-10-02T18:05'),
      },
    ],
  },
  {
    lab: 'boden',
    title: 'Samåkning till jobbintervjuer i Luleå',
    body:
      'Många intervjuer är i Luleå och bussen går sällan. Kanske kan de som har bil och ska åt ' +
      'samma håll anmäla sig på en lista i trapphuset?',
    focusArea: 'UNEMPLOYMENT',
    author: 'residentBoden',
    authorName: null,
    status: 'PUBLISHED',
    challenge: null,
    moderation: null,
    createdAt: t('2019-02-11T18:00'),
    supports: [
      { anonymousKey: anonymousKey('boden-3'), at: t('2019-02-12T07:30') },
      { anonymousKey: anonymousKey('boden-4'), at: t('2019-02-12T21:00') },
      { user: 'bodenLeader', at: t('2019-02-13T09:00') },
    ],
    comments: [
      {
        author: 'bodenLeader',
        body: 'Bra idé! Vi kollar om vi kan sätta upp en digital lista i appen i stället för på papper.',
        at: t('2019-02-13T09:05'),
      },
    ],
  },
  {
    lab: 'boden',
    title: 'Cykelverkstad i källaren',
    body: 'En gemensam verkstad där man kan laga cykeln och låna verktyg. Jag kan visa hur man gör.',
    focusArea: 'SERVICES',
    author: null,
    authorName: 'Maja',
    status: 'PENDING',
    challenge: null,
    moderation: null,
    createdAt: t('2026-10-30T17:00'),
    supports: [],
    comments: [],
  },

  // --- Rannebergen ------------------------------------------------------------------------------
  {
    lab: 'rannebergen',
    title: 'Läxhjälp i centrumlokalen',
    body:
      'Våra barn behöver hjälp med läxorna men biblioteket ligger långt bort. Kan vi få läxhjälp ' +
      'här i Rannebergen ett par kvällar i veckan?',
    focusArea: 'SCHOOLS',
    author: 'residentRannebergen',
    authorName: null,
    status: 'CONVERTED',
    challenge: 'rannebergenLaxhjalp',
    moderation: { by: 'rannebergenLeader', reason: 'Blev utmaningen om läxhjälp.', at: t('2026-04-02T10:00') },
    createdAt: t('2026-03-10T20:00'),
    supports: [
      { user: 'ungdomsforumMember', at: t('2026-03-11T16:00') },
      { anonymousKey: anonymousKey('rannebergen-1'), at: t('2026-03-11T19:00') },
      { anonymousKey: anonymousKey('rannebergen-2'), at: t('2026-03-12T08:00') },
      { anonymousKey: anonymousKey('rannebergen-3'), at: t('2026-03-14T10:00') },
    ],
    comments: [
      {
        author: 'ungdomsforumMember',
        body: 'Jag går i trean på gymnasiet och kan hjälpa till med matte.',
        at: t('2026-03-11T16:05'),
      },
    ],
  },
  {
    lab: 'rannebergen',
    title: 'Öppna simhallen igen som aktivitetshus',
    body: 'Simhallen står tom. Den skulle kunna bli ett hus för unga och föreningar – med gym, ' + 'replokal och kafé.',
    focusArea: 'SERVICES',
    author: null,
    authorName: 'Samira',
    status: 'PUBLISHED',
    challenge: null,
    moderation: null,
    createdAt: t('2026-02-02T18:00'),
    supports: [
      { user: 'residentRannebergen', at: t('2026-02-03T19:00') },
      { user: 'ungdomsforumOwner', at: t('2026-02-04T17:00') },
      { anonymousKey: anonymousKey('rannebergen-4'), at: t('2026-02-05T12:00') },
      { anonymousKey: anonymousKey('rannebergen-5'), at: t('2026-02-06T21:00') },
      { anonymousKey: anonymousKey('rannebergen-6'), at: t('2026-02-08T10:00') },
      { anonymousKey: anonymousKey('rannebergen-7'), at: t('2026-02-09T15:00') },
    ],
    comments: [
      {
        author: 'ungdomsforumOwner',
        body: 'Vi i Ungdomsforum vill gärna vara med och planera!',
        at: t('2026-02-04T17:05'),
      },
      {
        author: 'residentRannebergen',
        body: 'Ja! Och ett ställe där vi äldre kan träffas på dagtid.',
        at: t('2026-02-05T10:00'),
      },
      {
        author: 'rannebergenLeader',
        body: 'Tack för alla kommentarer. Vi utreder med staden vad som är möjligt med byggnaden.',
        at: t('2026-02-10T09:00'),
      },
      {
        author: 'residentRannebergen',
        body: 'Det är väl ändå ingen idé, de bryr sig inte om oss här ute.',
        at: t('2026-02-10T22:00'),
        hidden: {
          by: 'curator',
          reason: 'Dold på författarens egen begäran.',
          at: t('2026-02-11T08:30'),
        },
      },
    ],
  },
  {
    lab: 'rannebergen',
    title: 'Gör något åt gänget vid busshållplatsen',
    body:
      'Det är samma killar varje kväll vid hållplatsen. Jag vet vilka familjer de kommer från och ' +
      'tycker att bolaget ska säga upp deras kontrakt.',
    focusArea: 'CRIME',
    author: null,
    authorName: 'Boende i Rannebergen',
    status: 'HIDDEN',
    challenge: null,
    moderation: {
      by: 'curator',
      reason:
        'Inlägget pekar ut enskilda familjer. Vi har dolt det enligt reglerna för idéer; frågan om ' +
        'trygghet vid hållplatsen finns med i utmaningen om centrumet.',
      at: t('2026-04-15T08:00'),
    },
    createdAt: t('2026-04-14T22:30'),
    supports: [],
    comments: [],
  },
  {
    lab: 'rannebergen',
    title: 'Grillplats vid dammen',
    body: 'En grillplats med bänkar vid dammen skulle få fler familjer att vara ute på sommarkvällarna.',
    focusArea: 'SERVICES',
    author: 'residentRannebergen',
    authorName: null,
    status: 'PENDING',
    challenge: null,
    moderation: null,
    createdAt: t('2026-11-10T18:00'),
    supports: [],
    comments: [],
  },

  // --- Portalen ---------------------------------------------------------------------------------
  {
    lab: 'portalen',
    title: 'Svenskakurs med barnpassning',
    body:
      'Jag har två små barn och kan inte gå på SFI. Om det fanns svenska på förmiddagen med ' +
      'barnpassning i rummet bredvid skulle många mammor komma.',
    focusArea: 'UNEMPLOYMENT',
    author: 'residentPortalen',
    authorName: null,
    status: 'CONVERTED',
    challenge: 'portalenSprak',
    moderation: { by: 'portalenLeader', reason: 'Blev utmaningen om svenska för mammor.', at: t('2026-09-07T09:00') },
    createdAt: t('2026-06-02T10:00'),
    supports: [
      { anonymousKey: anonymousKey('portalen-1'), at: t('2026-06-02T12:00') },
      { anonymousKey: anonymousKey('portalen-2'), at: t('2026-06-03T09:00') },
      { anonymousKey: anonymousKey('portalen-3'), at: t('2026-06-03T10:30') },
      { anonymousKey: anonymousKey('portalen-4'), at: t('2026-06-05T14:00') },
      { anonymousKey: anonymousKey('portalen-5'), at: t('2026-06-08T11:00') },
    ],
    comments: [
      {
        author: 'portalenLeader',
        body: 'Tack Amina! Vi har gjort en utmaning av idén och letar nu efter en partner.',
        at: t('2026-09-08T08:10'),
      },
    ],
  },
  {
    lab: 'portalen',
    title: 'Klädbytardag i Ringdansen',
    body: 'Barnen växer ur kläderna hela tiden. En bytardag varje säsong i Portalen vore toppen.',
    focusArea: 'SERVICES',
    author: 'residentPortalen',
    authorName: null,
    status: 'PUBLISHED',
    challenge: null,
    moderation: null,
    createdAt: t('2026-08-12T19:00'),
    supports: [
      { user: 'vavaOwner', at: t('2026-08-13T10:00') },
      { anonymousKey: anonymousKey('portalen-6'), at: t('2026-08-13T20:00') },
      { anonymousKey: anonymousKey('portalen-7'), at: t('2026-08-14T08:00') },
      { anonymousKey: anonymousKey('portalen-8'), at: t('2026-08-16T17:00') },
    ],
    comments: [
      {
        author: 'vavaOwner',
        body: 'Vi på Väva kan laga det som behöver lagas och sy om det som inte passar.',
        at: t('2026-08-13T10:05'),
      },
      {
        author: 'portalenLeader',
        body: 'Vi kan låna ut stora salen en lördag i oktober. Vem vill vara med och ordna?',
        at: t('2026-08-17T09:00'),
      },
    ],
  },
  {
    lab: 'portalen',
    title: 'Gratis gym för alla hyresgäster',
    body: 'Bolaget borde bygga ett gym i källaren som alla hyresgäster får använda gratis.',
    focusArea: 'SERVICES',
    author: null,
    authorName: 'Hassan',
    status: 'REJECTED',
    challenge: null,
    moderation: {
      by: 'portalenLeader',
      reason:
        'Vi kan tyvärr inte driva ett gym i våra lokaler. Vi har skickat idén vidare till ' +
        'kommunens fritidsförvaltning och tipsar om Hageby Idrottsallians öppna träning.',
      at: t('2026-03-03T09:00'),
    },
    createdAt: t('2026-02-25T21:00'),
    supports: [{ anonymousKey: anonymousKey('portalen-9'), at: t('2026-02-26T07:00') }],
    comments: [],
  },
  {
    lab: 'portalen',
    title: 'Körkortsteori på lätt svenska',
    body: 'Körkort behövs för många jobb. En teorikurs på lätt svenska skulle hjälpa oss som pluggar svenska.',
    focusArea: 'UNEMPLOYMENT',
    author: null,
    authorName: 'Leyla',
    status: 'PENDING',
    challenge: null,
    moderation: null,
    createdAt: t('2026-11-12T11:00'),
    supports: [],
    comments: [],
  },

  // --- Lina Hage --------------------------------------------------------------------------------
  {
    lab: 'linaHage',
    title: 'Öppet på fredagskvällar',
    body:
      'På fredagar finns inget att göra och då hänger alla ute. Kan mötesplatsen vara öppen på ' +
      'fredagskvällar med pingis, spel och mat?',
    focusArea: 'CRIME',
    author: null,
    authorName: 'Elev i åk 8',
    status: 'CONVERTED',
    challenge: 'linaFredagar',
    moderation: { by: 'linaHageLeader', reason: 'Blev utmaningen om fredagskvällar.', at: t('2026-05-18T09:00') },
    createdAt: t('2026-04-08T16:00'),
    supports: [
      { user: 'residentLinaHage', at: t('2026-04-08T19:00') },
      { user: 'tryggaLinaOwner', at: t('2026-04-09T18:00') },
      { anonymousKey: anonymousKey('lina-1'), at: t('2026-04-09T20:00') },
      { anonymousKey: anonymousKey('lina-2'), at: t('2026-04-10T15:30') },
      { anonymousKey: anonymousKey('lina-3'), at: t('2026-04-10T16:00') },
      { anonymousKey: anonymousKey('lina-4'), at: t('2026-04-11T21:00') },
      { anonymousKey: anonymousKey('lina-5'), at: t('2026-04-12T14:00') },
    ],
    comments: [
      {
        author: 'tryggaLinaOwner',
        body: 'Vi i Trygga Lina kan ställa upp med vuxna på plats.',
        at: t('2026-04-09T18:05'),
      },
      {
        author: 'residentLinaHage',
        body: 'Som mamma skulle jag känna mig mycket lugnare om det fanns ett sådant ställe.',
        at: t('2026-04-09T20:30'),
      },
    ],
  },
  {
    lab: 'linaHage',
    title: 'Fotbollsturnering mellan gårdarna',
    body: 'En turnering varje vår där varje gård har ett lag. Föräldrarna kan sälja fika.',
    focusArea: 'SERVICES',
    author: 'residentLinaHage',
    authorName: null,
    status: 'PUBLISHED',
    challenge: null,
    moderation: null,
    createdAt: t('2026-03-02T17:00'),
    supports: [
      { anonymousKey: anonymousKey('lina-6'), at: t('2026-03-02T19:00') },
      { anonymousKey: anonymousKey('lina-7'), at: t('2026-03-03T16:00') },
      { anonymousKey: anonymousKey('lina-8'), at: t('2026-03-04T18:00') },
      { user: 'linaHageLeader', at: t('2026-03-05T09:00') },
    ],
    comments: [
      {
        author: 'linaHageLeader',
        body: 'Vi kan stå för priser och låna ut planen. Finns det några som vill vara lagledare?',
        at: t('2026-03-05T09:05'),
      },
      {
        author: 'tryggaLinaOwner',
        body: 'Vi ordnar gärna med vuxna och första hjälpen under dagen.',
        at: t('2026-03-06T18:00'),
      },
    ],
  },
  {
    lab: 'linaHage',
    title: 'Pluggkväll inför nationella proven',
    body: 'En kväll med lärare och äldre elever som hjälper oss att plugga inför de nationella proven.',
    focusArea: 'SCHOOLS',
    author: null,
    authorName: 'Elev i åk 9',
    status: 'PENDING',
    challenge: null,
    moderation: null,
    createdAt: t('2026-11-16T15:00'),
    supports: [],
    comments: [],
  },
];

/** The methods the demo matches used (the matches' own join table). */
export const DEMO_MATCH_METHODS: readonly { match: DemoMatchKey; method: DemoMethodKey }[] = [
  { match: 'bodenSprakvannerNyaVanner', method: 'sprakkafe' },
  { match: 'bodenSprakvannerNyaVanner', method: 'mentorskap' },
  { match: 'rannebergenSommarlov', method: 'sommarvardar' },
  { match: 'rannebergenSommarlov', method: 'framtidsverkstad' },
  { match: 'portalenJobbsparKommun', method: 'mentorskap' },
  { match: 'linaForebilderTryggaLina', method: 'mentorskap' },
  { match: 'portalenKooperativVava', method: 'kooperativStart' },
  { match: 'rannebergenLaxhjalpKunskapsbron', method: 'laxhjalp' },
  { match: 'linaSkolmotivationSkolan', method: 'laxhjalp' },
];

// ---------------------------------------------------------------------------------------------
// Results: what the labs measured (aggregates only, never per person)
// ---------------------------------------------------------------------------------------------

/**
 * Readings follow one convention: SHARE_OF_GROUP uses count of groupSize ("n of N"); COUNT and
 * CHANGE_PERCENT use value. A reading without a figure keeps only its note.
 */
export interface DemoIndicator {
  lab: DemoLabKey | null;
  match: DemoMatchKey | null;
  method: DemoMethodKey | null;
  name: string;
  description: string;
  focusArea: FocusArea;
  kind: IndicatorKind;
  /** What a COUNT counts; countsPeople false when it is not people (the small-group rule). */
  unit: string;
  countsPeople: boolean;
  /** Indicators that count disjoint parts of one group share a name (the small-group rule). */
  groupName?: string;
  baseline: number | null;
  baselineOn: Date | null;
  target: number | null;
  source: MeasurementSource;
  howMeasured: string;
  createdAt: Date;
  measurements: readonly {
    measuredOn: Date;
    value?: number;
    count?: number;
    groupSize?: number;
    note: string;
    recordedBy: DemoUserKey;
    at: Date;
  }[];
}

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    lab: 'boden',
    match: null,
    method: null,
    name: 'Nya bodensare i arbete eller studier',
    description: 'Andelen av de nyanlända som följdes i labbet som fått ett arbete eller börjat studera.',
    focusArea: 'UNEMPLOYMENT',
    kind: 'SHARE_OF_GROUP',
    unit: '',
    countsPeople: true,
    baseline: null,
    target: null,
    baselineOn: null,
    source: 'INTERVIEW',
    howMeasured: 'Uppföljningssamtal med de tio deltagarna vid projekttidens slut.',
    createdAt: t('2018-09-20T10:00'),
    measurements: [
      {
        measuredOn: day('2019-12-13'),
        count: 9,
        groupSize: 10,
        note: 'Nio av de tio nya bodensare som följts har fått ett arbete eller börjat studera.',
        recordedBy: 'bodenLeader',
        at: t('2019-12-16T09:30'),
      },
    ],
  },
  {
    lab: 'rannebergen',
    match: null,
    method: 'framtidsverkstad',
    name: 'Ungdomsaktiviteter under året',
    description: 'Antalet olika aktiviteter för unga som ordnades i Rannebergen under 2019.',
    focusArea: 'SERVICES',
    kind: 'COUNT',
    unit: 'aktiviteter',
    countsPeople: false,
    baseline: null,
    target: null,
    baselineOn: null,
    source: 'REGISTER',
    howMeasured: 'Aktivitetslogg som förs av Bostadsbolaget och Rannebergens Ungdomsforum.',
    createdAt: t('2019-01-15T10:00'),
    measurements: [
      {
        measuredOn: day('2019-12-31'),
        // The project reported "over 100"; the exact number is not published, so the reading
        // holds the figure it is sure of and the note says the rest.
        value: 100,
        note: 'Över 100 olika ungdomsaktiviteter ordnades under 2019, och flera av dem har blivit bestående.',
        recordedBy: 'rannebergenLeader',
        at: t('2019-12-20T10:30'),
      },
    ],
  },
  {
    lab: 'portalen',
    match: null,
    method: 'mobiliseringskurs',
    name: 'Kvinnor i arbete, praktik, studier eller eget företag',
    description:
      'Andelen av de arbetslösa kvinnorna i labbet som fått arbete eller praktik, börjat studera ' +
      'eller startat eget företag.',
    focusArea: 'UNEMPLOYMENT',
    kind: 'SHARE_OF_GROUP',
    unit: '',
    countsPeople: true,
    groupName: 'De arbetslösa kvinnorna i labbet 2018–2019',
    baseline: null,
    target: 11,
    baselineOn: null,
    source: 'REGISTER',
    howMeasured: 'Portalens uppföljning av varje deltagare, sammanställd utan namn vid projekttidens slut.',
    createdAt: t('2018-09-03T10:00'),
    measurements: [
      {
        measuredOn: day('2019-12-10'),
        count: 15,
        groupSize: 22,
        note: '15 av 22 kvinnor har fått arbete eller praktik, börjat studera eller startat eget företag.',
        recordedBy: 'portalenLeader',
        at: t('2019-12-12T09:30'),
      },
    ],
  },
  {
    lab: 'portalen',
    match: null,
    method: 'mobiliseringskurs',
    name: 'Kvinnor som planerar att starta ett kooperativ',
    description: 'De deltagare som, utöver de 15 ovan, planerar att starta ett kooperativt företag tillsammans.',
    focusArea: 'UNEMPLOYMENT',
    kind: 'SHARE_OF_GROUP',
    unit: '',
    countsPeople: true,
    groupName: 'De arbetslösa kvinnorna i labbet 2018–2019',
    baseline: null,
    target: null,
    baselineOn: null,
    source: 'REGISTER',
    howMeasured: 'Portalens uppföljning vid projekttidens slut.',
    createdAt: t('2019-06-03T10:00'),
    measurements: [
      {
        measuredOn: day('2019-12-10'),
        count: 6,
        groupSize: 22,
        note: 'Ytterligare sex av de 22 kvinnorna planerar att starta ett kooperativ tillsammans.',
        recordedBy: 'portalenLeader',
        at: t('2019-12-12T09:35'),
      },
    ],
  },
  {
    lab: 'linaHage',
    match: null,
    method: 'framtidsverkstad',
    name: 'Ungas deltagande i aktiviteterna',
    description: 'Förändringen i antalet unga som deltar i labbets aktiviteter, jämfört med hösten 2018.',
    focusArea: 'CRIME',
    kind: 'CHANGE_PERCENT',
    unit: '',
    countsPeople: true,
    baseline: null,
    target: null,
    baselineOn: day('2018-10-01'),
    source: 'ATTENDANCE',
    howMeasured: 'Närvarolistor från mötesplatsens aktiviteter, hösten 2018 jämfört med hösten 2019.',
    createdAt: t('2018-10-01T10:00'),
    measurements: [
      {
        measuredOn: day('2019-12-15'),
        value: 80,
        note: 'Antalet unga som deltar i aktiviteterna har ökat med 80 procent.',
        recordedBy: 'linaHageLeader',
        at: t('2019-12-18T09:30'),
      },
    ],
  },
  {
    lab: 'linaHage',
    match: null,
    method: null,
    name: 'Skolmotivation bland de unga som deltar',
    description: 'Hur de deltagande ungdomarnas motivation för skolan har förändrats under labbet.',
    focusArea: 'SCHOOLS',
    kind: 'CHANGE_PERCENT',
    unit: '',
    countsPeople: true,
    baseline: null,
    target: null,
    baselineOn: day('2018-10-01'),
    source: 'SURVEY',
    howMeasured: 'Enkät till deltagarna och samtal med lärare på skolan, hösten 2018 och hösten 2019.',
    createdAt: t('2018-10-01T10:05'),
    measurements: [
      {
        measuredOn: day('2019-12-15'),
        // No percentage was published, only that motivation rose markedly; no figure is invented.
        note: 'Skolmotivationen bland de unga som deltar har ökat avsevärt.',
        recordedBy: 'linaHageLeader',
        at: t('2019-12-18T09:35'),
      },
    ],
  },
  {
    lab: null,
    match: 'portalenKooperativVava',
    method: null,
    name: 'Delägare i det nya kooperativet',
    description: 'Hur många av deltagarna i stödprogrammet som blir delägare i ett registrerat kooperativ.',
    focusArea: 'UNEMPLOYMENT',
    kind: 'SHARE_OF_GROUP',
    unit: '',
    countsPeople: true,
    baseline: 0,
    target: 4,
    baselineOn: day('2025-09-15'),
    source: 'REGISTER',
    howMeasured: 'Registreringsbeviset och Vävas deltagarlista, utan namn.',
    createdAt: t('2025-09-15T10:00'),
    measurements: [],
  },
  // Suggested indicators of the methods (no lab, no match): a challenge started from the method
  // gets them in its lab, ready to measure.
  {
    lab: null,
    match: null,
    method: 'framtidsverkstad',
    name: 'Deltagare i framtidsverkstaden',
    description: 'Hur många boende som var med i verkstadens alla tre faser.',
    focusArea: 'SERVICES',
    kind: 'COUNT',
    unit: 'deltagare',
    countsPeople: true,
    baseline: null,
    target: 20,
    baselineOn: null,
    source: 'ATTENDANCE',
    howMeasured: 'Närvarolista vid kritik-, fantasi- och förverkligandefasen.',
    createdAt: t('2018-09-01T08:20'),
    measurements: [],
  },
  {
    lab: null,
    match: null,
    method: 'framtidsverkstad',
    name: 'Förslag som boende driver vidare',
    description: 'Förslag från förverkligandefasen som en arbetsgrupp av boende fortfarande driver efter tre månader.',
    focusArea: 'SERVICES',
    kind: 'COUNT',
    unit: 'förslag',
    countsPeople: false,
    baseline: null,
    target: 3,
    baselineOn: null,
    source: 'INTERVIEW',
    howMeasured: 'Uppföljningsträff med arbetsgrupperna tre månader efter verkstaden.',
    createdAt: t('2018-09-01T08:21'),
    measurements: [],
  },
  {
    lab: null,
    match: null,
    method: 'dialogmote',
    name: 'Boende som deltog i dialogmötet',
    description: 'Andelen av de inbjudna hushållen som var med.',
    focusArea: 'SERVICES',
    kind: 'SHARE_OF_GROUP',
    unit: '',
    countsPeople: true,
    baseline: null,
    target: null,
    baselineOn: null,
    source: 'ATTENDANCE',
    howMeasured: 'Närvarolista jämförd med antalet inbjudna hushåll.',
    createdAt: t('2018-09-01T08:22'),
    measurements: [],
  },
];

// ---------------------------------------------------------------------------
// Meetings: the labs' participation meetings (counts only), some with the ideas they produced
// ---------------------------------------------------------------------------

export interface DemoMeeting {
  lab: DemoLabKey;
  /** A method of the library, or another kind of meeting by name. */
  method: DemoMethodKey | { other: string };
  heldOn: Date;
  place: string;
  participants: number;
  gender: { women: number; men: number; other: number } | null;
  parents: number | null;
  summary: string;
  /** Titles of the lab's demo ideas that came out of the meeting. */
  ideas: readonly string[];
  recordedBy: DemoUserKey;
}

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    lab: 'boden',
    method: 'dialogmote',
    heldOn: day('2018-09-20'),
    place: 'Labbets lokal i centrala Boden',
    participants: 23,
    gender: { women: 14, men: 7, other: 2 },
    parents: 11,
    summary:
      'Nyanlända familjer berättade vad som behövs för att komma in i arbetslivet: någon att prata ' +
      'svenska med, och sätt att ta sig till jobbintervjuer utanför Boden.',
    ideas: ['Någon att prata svenska med', 'Samåkning till jobbintervjuer i Luleå'],
    recordedBy: 'bodenLeader',
  },
  {
    lab: 'rannebergen',
    method: 'dialogmote',
    heldOn: day('2018-10-01'),
    place: 'Rannebergens centrum',
    participants: 41,
    gender: { women: 22, men: 16, other: 3 },
    parents: 19,
    summary: 'Dialogmöte om centrumet och kvällarna, med tolk på arabiska och somaliska.',
    ideas: ['Öppna simhallen igen som aktivitetshus'],
    recordedBy: 'rannebergenLeader',
  },
  {
    lab: 'rannebergen',
    method: 'framtidsverkstad',
    heldOn: day('2019-03-16'),
    place: 'Fritidsgården i Rannebergen',
    participants: 17,
    gender: { women: 8, men: 9, other: 0 },
    parents: null,
    summary:
      'Unga 13–19 år ritade sitt sommarlov: kritik, drömmar och en plan. Läxhjälp nära hemmet kom ' +
      'upp igen och igen.',
    ideas: ['Läxhjälp i centrumlokalen'],
    recordedBy: 'rannebergenLeader',
  },
  {
    lab: 'portalen',
    method: 'mobiliseringskurs',
    heldOn: day('2019-02-05'),
    place: 'Portalens mötesrum, Ringdansen',
    participants: 22,
    gender: { women: 22, men: 0, other: 0 },
    parents: 18,
    summary:
      'Första träffen i kursen för kvinnor långt från arbetsmarknaden. Barnpassning ordnades, och ' +
      'behovet av svenska med barnpassning blev tydligt.',
    ideas: ['Svenskakurs med barnpassning'],
    recordedBy: 'portalenLeader',
  },
  {
    lab: 'portalen',
    method: { other: 'Promenad i området' },
    heldOn: day('2026-09-12'),
    place: 'Ringdansen, från tvättstugan till torget',
    participants: 9,
    gender: { women: 6, men: 3, other: 0 },
    parents: 4,
    summary: 'En trygghetspromenad med boende en höstkväll: belysningen vid gångtunneln behöver ses över.',
    ideas: [],
    recordedBy: 'portalenLeader',
  },
  {
    lab: 'linaHage',
    method: 'framtidsverkstad',
    heldOn: day('2019-04-06'),
    place: 'Lina Hages fritidsgård',
    participants: 28,
    gender: { women: 13, men: 12, other: 3 },
    parents: null,
    summary: 'Ungdomar i Lina Hage om vad fredagskvällarna skulle kunna vara.',
    ideas: ['Öppet på fredagskvällar', 'Fotbollsturnering mellan gårdarna'],
    recordedBy: 'linaHageLeader',
  },
];

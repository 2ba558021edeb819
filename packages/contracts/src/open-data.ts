import { z } from 'zod';
import {
  ACTOR_TYPES,
  CHALLENGE_STATUSES,
  COST_MODELS,
  FOCUS_AREAS,
  INDICATOR_KINDS,
  LAB_STATUSES,
  LOCALES,
  MATCH_ORIGINS,
  MEASUREMENT_SOURCES,
  OFFERING_STATUSES,
  ORGANISATION_KINDS,
  SUPPORT_TYPES,
  TARGET_GROUPS,
} from './enums';
import { SUPPRESSIONS } from './results';

/*
 * Open data: the files anyone may download and what every column means. This one definition
 * drives the export's columns (their order and the CSV header), the API's catalogue and the data
 * page's dictionary, so the three cannot drift apart (docs/decisions.md, "Open data").
 */

/**
 * A column's type. In JSON a value is null when absent; in CSV an absent value is an empty cell.
 * - `text`, `uuid`, `code` (one of `values`): a string;
 * - `integer`, `decimal`: a number (CSV writes decimals with a comma, as Swedish spreadsheets read them);
 * - `boolean`: true or false (CSV: `true`, `false`);
 * - `date`: YYYY-MM-DD; `timestamp`: ISO 8601 in UTC;
 * - `codes`, `texts`: a list (JSON: an array; CSV: the items joined with `|`);
 * - `json`: a structured value (CSV: its JSON text).
 */
export const OPEN_DATA_COLUMN_TYPES = [
  'text',
  'uuid',
  'code',
  'integer',
  'decimal',
  'boolean',
  'date',
  'timestamp',
  'codes',
  'texts',
  'json',
] as const;
export const OpenDataColumnType = z.enum(OPEN_DATA_COLUMN_TYPES);
export type OpenDataColumnType = z.infer<typeof OpenDataColumnType>;

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export const OpenDataFormat = z.enum(OPEN_DATA_FORMATS);
export type OpenDataFormat = z.infer<typeof OpenDataFormat>;

const Bilingual = z.object({ sv: z.string(), en: z.string() });

interface ColumnDef {
  type: OpenDataColumnType;
  sv: string;
  en: string;
  /** The codes a `code` or `codes` column may hold. */
  values?: readonly string[];
}

const col = (type: OpenDataColumnType, sv: string, en: string, values?: readonly string[]): ColumnDef =>
  values ? { type, sv, en, values } : { type, sv, en };

// Columns several files share, worded once.
const organisationId = (sv: string, en: string) => col('uuid', sv, en);
const municipalityCode = col(
  'text',
  'SCB:s kommunkod (fyra siffror)',
  'Statistics Sweden’s municipality code (4 digits)',
);
const countyCode = col('text', 'SCB:s länskod (två siffror)', 'Statistics Sweden’s county code (2 digits)');
const language = col('code', 'Språket texten är skriven på', 'The language the text is written in', LOCALES);
const url = col('text', 'Sidan på Mötesplats', 'The page on Mötesplats');

export const OPEN_DATA_FILES = {
  labs: {
    sv: { title: 'Labb', description: 'De lokala innovationslabben, ett per rad.' },
    en: { title: 'Labs', description: 'The local innovation labs, one per row.' },
    columns: {
      id: col('uuid', 'Labbets id', 'The lab’s id'),
      name: col('text', 'Namn', 'Name'),
      organisationId: organisationId(
        'Bostadsbolagets id (filen organisationer)',
        'The housing company’s id (organisations file)',
      ),
      organisationName: col('text', 'Bostadsbolagets namn', 'The housing company’s name'),
      neighbourhood: col('text', 'Bostadsområdet labbet arbetar i', 'The neighbourhood the lab works in'),
      municipalityCode,
      countyCode,
      focusAreas: col('codes', 'Fokusområden', 'Focus areas', FOCUS_AREAS),
      status: col('code', 'Läge', 'Status', LAB_STATUSES),
      startsOn: col('date', 'Startdatum', 'Start date'),
      endsOn: col('date', 'Slutdatum', 'End date'),
      summary: col('text', 'Sammanfattning', 'Summary'),
      description: col('text', 'Beskrivning', 'Description'),
      language,
      createdAt: col('timestamp', 'Skapad', 'Created'),
      updatedAt: col('timestamp', 'Senast ändrad', 'Last changed'),
      url,
    },
  },
  challenges: {
    sv: { title: 'Utmaningar', description: 'Bostadsbolagens publicerade utmaningar (inte utkast).' },
    en: { title: 'Challenges', description: 'The housing companies’ published challenges (no drafts).' },
    columns: {
      id: col('uuid', 'Utmaningens id', 'The challenge’s id'),
      title: col('text', 'Rubrik', 'Title'),
      organisationId: organisationId(
        'Bostadsbolagets id (filen organisationer)',
        'The housing company’s id (organisations file)',
      ),
      organisationName: col('text', 'Bostadsbolagets namn', 'The housing company’s name'),
      labId: col(
        'uuid',
        'Labbet utmaningen hör till, om något (filen labb)',
        'The lab it belongs to, if any (labs file)',
      ),
      focusArea: col('code', 'Fokusområde', 'Focus area', FOCUS_AREAS),
      targetGroups: col('codes', 'Målgrupper', 'Target groups', TARGET_GROUPS),
      municipalityCode,
      countyCode,
      neighbourhood: col('text', 'Bostadsområde', 'Neighbourhood'),
      summary: col('text', 'Sammanfattning', 'Summary'),
      description: col('text', 'Beskrivning', 'Description'),
      desiredOutcome: col('text', 'Önskat resultat', 'Desired outcome'),
      neededSupportTypes: col('codes', 'Stöd som efterfrågas', 'Kinds of support sought', SUPPORT_TYPES),
      bringsPremises: col('boolean', 'Bolaget bidrar med lokaler', 'The company brings premises'),
      bringsFunding: col('boolean', 'Bolaget bidrar med finansiering', 'The company brings funding'),
      bringsStaff: col('boolean', 'Bolaget bidrar med personal', 'The company brings staff'),
      bringsDescription: col('text', 'Vad bolaget bidrar med, i ord', 'What the company brings, in words'),
      startsOn: col('date', 'Startdatum', 'Start date'),
      endsOn: col('date', 'Slutdatum', 'End date'),
      status: col(
        'code',
        'Läge',
        'Status',
        CHALLENGE_STATUSES.filter((s) => s !== 'DRAFT'),
      ),
      language,
      publishedAt: col('timestamp', 'Publicerad', 'Published'),
      updatedAt: col('timestamp', 'Senast ändrad', 'Last changed'),
      url,
    },
  },
  offerings: {
    sv: { title: 'Erbjudanden', description: 'Lokala aktörers publicerade erbjudanden (inte utkast).' },
    en: { title: 'Offerings', description: 'Local actors’ published offerings (no drafts).' },
    columns: {
      id: col('uuid', 'Erbjudandets id', 'The offering’s id'),
      title: col('text', 'Rubrik', 'Title'),
      organisationId: organisationId('Aktörens id (filen organisationer)', 'The actor’s id (organisations file)'),
      organisationName: col('text', 'Aktörens namn', 'The actor’s name'),
      summary: col('text', 'Sammanfattning', 'Summary'),
      description: col('text', 'Beskrivning', 'Description'),
      focusAreas: col('codes', 'Fokusområden', 'Focus areas', FOCUS_AREAS),
      targetGroups: col('codes', 'Målgrupper', 'Target groups', TARGET_GROUPS),
      supportTypes: col('codes', 'Slags stöd', 'Kinds of support', SUPPORT_TYPES),
      isNational: col('boolean', 'Verkar i hela landet', 'Works nationwide'),
      municipalityCodes: col(
        'texts',
        'Kommunerna aktören verkar i (SCB-koder)',
        'Municipalities it works in (SCB codes)',
      ),
      capacity: col('integer', 'Deltagare per år aktören kan ta emot', 'Participants per year the actor can take on'),
      capacityDescription: col('text', 'Kapacitet, i ord', 'Capacity, in words'),
      costModel: col('code', 'Kostnadsmodell', 'Cost model', COST_MODELS),
      costDescription: col('text', 'Kostnad, i ord', 'Cost, in words'),
      evidence: col('text', 'Tidigare resultat, med aktörens ord', 'Earlier results, in the actor’s words'),
      status: col(
        'code',
        'Läge',
        'Status',
        OFFERING_STATUSES.filter((s) => s !== 'DRAFT'),
      ),
      language,
      publishedAt: col('timestamp', 'Publicerat', 'Published'),
      updatedAt: col('timestamp', 'Senast ändrat', 'Last changed'),
      url,
    },
  },
  organisations: {
    sv: {
      title: 'Organisationer',
      description:
        'Verifierade organisationer med sina offentliga uppgifter. Organisationsnummer, e-post och telefon ingår inte (ett organisationsnummer kan vara ett personnummer).',
    },
    en: {
      title: 'Organisations',
      description:
        'Verified organisations with their public details. Organisation numbers, e-mail and phone are left out (an organisation number can be a personal identity number).',
    },
    columns: {
      id: col('uuid', 'Organisationens id', 'The organisation’s id'),
      name: col('text', 'Namn', 'Name'),
      kind: col('code', 'Slag av organisation', 'Kind of organisation', ORGANISATION_KINDS),
      actorType: col('code', 'Slag av lokal aktör', 'Kind of local actor', ACTOR_TYPES),
      municipalityCode,
      countyCode,
      description: col('text', 'Beskrivning', 'Description'),
      website: col('text', 'Webbplats', 'Website'),
      language,
      verifiedAt: col('timestamp', 'Verifierad av Sveriges Allmännytta', 'Verified by Sveriges Allmännytta'),
      url,
    },
  },
  methods: {
    sv: { title: 'Metoder', description: 'Metodbibliotekets publicerade metoder.' },
    en: { title: 'Methods', description: 'The published methods of the methods library.' },
    columns: {
      id: col('uuid', 'Metodens id', 'The method’s id'),
      slug: col('text', 'Kortnamn i adressen', 'Short name in the address'),
      name: col('text', 'Namn', 'Name'),
      summary: col('text', 'Sammanfattning', 'Summary'),
      description: col('text', 'Beskrivning', 'Description'),
      purpose: col('text', 'Syfte', 'Purpose'),
      whenToUse: col('text', 'När metoden passar', 'When to use it'),
      pitfalls: col('text', 'Fallgropar', 'Pitfalls'),
      needsTime: col('text', 'Tid som behövs', 'Time needed'),
      needsRoles: col('text', 'Roller som behövs', 'Roles needed'),
      needsPremises: col('text', 'Lokaler som behövs', 'Premises needed'),
      needsCost: col('text', 'Kostnad', 'Cost'),
      steps: col('json', 'Stegen i ordning: [{"title", "body"}]', 'The steps in order: [{"title", "body"}]'),
      perspectives: col('texts', 'Perspektiv metoden håller i sikte', 'Perspectives the method keeps in view'),
      focusAreas: col('codes', 'Fokusområden', 'Focus areas', FOCUS_AREAS),
      targetGroups: col('codes', 'Målgrupper', 'Target groups', TARGET_GROUPS),
      updatedAt: col('timestamp', 'Senast ändrad', 'Last changed'),
      url,
    },
  },
  matches: {
    sv: {
      title: 'Bekräftade samarbeten',
      description:
        'Matchningar mellan en utmaning och ett erbjudande som är genomförda och bekräftade av båda sidor (eller en kurator).',
    },
    en: {
      title: 'Confirmed collaborations',
      description:
        'Matches between a challenge and an offering that are completed and confirmed by both sides (or a curator).',
    },
    columns: {
      id: col('uuid', 'Matchningens id', 'The match’s id'),
      challengeId: col('uuid', 'Utmaningens id (filen utmaningar)', 'The challenge’s id (challenges file)'),
      challengeTitle: col('text', 'Utmaningens rubrik', 'The challenge’s title'),
      housingOrganisationId: organisationId('Bostadsbolagets id', 'The housing company’s id'),
      housingOrganisationName: col('text', 'Bostadsbolagets namn', 'The housing company’s name'),
      offeringId: col('uuid', 'Erbjudandets id (filen erbjudanden)', 'The offering’s id (offerings file)'),
      offeringTitle: col('text', 'Erbjudandets rubrik', 'The offering’s title'),
      actorOrganisationId: organisationId('Aktörens id', 'The actor’s id'),
      actorOrganisationName: col('text', 'Aktörens namn', 'The actor’s name'),
      labId: col('uuid', 'Labbet utmaningen hör till, om något', 'The lab of the challenge, if any'),
      focusArea: col('code', 'Utmaningens fokusområde', 'The challenge’s focus area', FOCUS_AREAS),
      municipalityCode,
      countyCode,
      origin: col('code', 'Hur matchningen föddes', 'How the match began', MATCH_ORIGINS),
      agreedAt: col('timestamp', 'Båda sidor sa ja', 'Both sides agreed'),
      startedAt: col('timestamp', 'Samarbetet startade', 'The collaboration started'),
      completedAt: col('timestamp', 'Genomförandet bekräftades', 'Completion was confirmed'),
      outcomeSummary: col('text', 'Resultatet, med parternas ord', 'The outcome, in the parties’ words'),
    },
  },
  results: {
    sv: {
      title: 'Resultat',
      description:
        'Labbens och de bekräftade samarbetenas indikatorer med sina mätningar, en mätning per rad (en indikator utan mätning får en rad med tomma mätvärden). Bara aggregat: en siffra om färre än 5 personer, eller som skulle avslöja en sådan, är tom och suppressed säger varför.',
    },
    en: {
      title: 'Results',
      description:
        'The indicators of the labs and confirmed collaborations with their readings, one reading per row (an indicator without readings gets one row with empty reading columns). Aggregates only: a figure about fewer than 5 people, or one that would reveal such a figure, is empty and suppressed says why.',
    },
    columns: {
      indicatorId: col('uuid', 'Indikatorns id', 'The indicator’s id'),
      indicatorName: col('text', 'Vad som mäts', 'What is measured'),
      indicatorDescription: col('text', 'Indikatorns beskrivning', 'The indicator’s description'),
      labId: col('uuid', 'Labbet som mäter (filen labb)', 'The lab that measures (labs file)'),
      matchId: col(
        'uuid',
        'Samarbetet som mäter (filen bekräftade samarbeten)',
        'The collaboration that measures (matches file)',
      ),
      methodId: col(
        'uuid',
        'Metoden resultatet tillskrivs (filen metoder)',
        'The method the result is credited to (methods file)',
      ),
      focusArea: col('code', 'Fokusområde', 'Focus area', FOCUS_AREAS),
      kind: col(
        'code',
        'Slag: andel av en grupp (n av N), förändring i procent, antal, procent',
        'Kind: share of a group (n of N), change in per cent, count, percentage',
        INDICATOR_KINDS,
      ),
      unit: col('text', 'Vad ett antal räknar', 'What a count counts'),
      countsPeople: col('boolean', 'Räknar personer (inte saker)', 'Counts people (not things)'),
      baseline: col(
        'decimal',
        'Utgångsläge (tomt när det gäller färre än 5 personer)',
        'Baseline (empty when about fewer than 5 people)',
      ),
      baselineSuppressed: col(
        'boolean',
        'Utgångsläget är dolt av smågruppsregeln',
        'The baseline is withheld by the small-group rule',
      ),
      baselineOn: col('date', 'Utgångslägets datum', 'Date of the baseline'),
      target: col('decimal', 'Mål', 'Target'),
      source: col('code', 'Hur siffrorna samlas in', 'How the figures are gathered', MEASUREMENT_SOURCES),
      howMeasured: col('text', 'Hur det mäts, i ord', 'How it is measured, in words'),
      measurementId: col('uuid', 'Mätningens id', 'The reading’s id'),
      measuredOn: col('date', 'Mätdatum', 'Date of the reading'),
      count: col('integer', 'n: antal som räknas (andel av en grupp)', 'n: the number counted (share of a group)'),
      groupSize: col('integer', 'N: gruppens storlek', 'N: the size of the group'),
      value: col('decimal', 'Värdet (antal, procent eller förändring)', 'The value (count, percentage or change)'),
      note: col('text', 'Anteckning till mätningen', 'Note to the reading'),
      suppressed: col(
        'code',
        'Varför siffrorna är dolda: gruppen, de räknade eller de återstående är färre än 5',
        'Why the figures are withheld: the group, those counted or those remaining are fewer than 5',
        SUPPRESSIONS,
      ),
    },
  },
} as const satisfies Record<
  string,
  {
    sv: { title: string; description: string };
    en: { title: string; description: string };
    columns: Record<string, ColumnDef>;
  }
>;

export type OpenDataFileName = keyof typeof OPEN_DATA_FILES;
export const OPEN_DATA_FILE_NAMES = Object.keys(OPEN_DATA_FILES) as OpenDataFileName[];
export const OpenDataFileName = z.enum(OPEN_DATA_FILE_NAMES as [OpenDataFileName, ...OpenDataFileName[]]);

/** The column names of one file, in the order the export writes them. */
export type OpenDataColumnName<F extends OpenDataFileName> = keyof (typeof OPEN_DATA_FILES)[F]['columns'] & string;

export function openDataColumnNames<F extends OpenDataFileName>(file: F): OpenDataColumnName<F>[] {
  return Object.keys(OPEN_DATA_FILES[file].columns) as OpenDataColumnName<F>[];
}

/** CC0 1.0: the public records are given to the public domain. */
export const OPEN_DATA_LICENCE = {
  id: 'CC0-1.0',
  name: 'CC0 1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

export const OpenDataDownloadParams = z.object({ file: OpenDataFileName, format: OpenDataFormat });
export type OpenDataDownloadParams = z.infer<typeof OpenDataDownloadParams>;

export const OpenDataColumn = z.object({
  name: z.string(),
  type: OpenDataColumnType,
  description: Bilingual,
  values: z.array(z.string()).nullable(),
});
export type OpenDataColumn = z.infer<typeof OpenDataColumn>;

export const OpenDataFile = z.object({
  name: OpenDataFileName,
  title: Bilingual,
  description: Bilingual,
  downloads: z.array(z.object({ format: OpenDataFormat, mediaType: z.string(), url: z.string() })),
  columns: z.array(OpenDataColumn),
});
export type OpenDataFile = z.infer<typeof OpenDataFile>;

export const OpenDataCatalogue = z.object({
  licence: z.object({ id: z.string(), name: z.string(), url: z.string() }),
  /** The files are made when downloaded, from the live database; this is when this list was. */
  generatedAt: z.string(),
  files: z.array(OpenDataFile),
});
export type OpenDataCatalogue = z.infer<typeof OpenDataCatalogue>;

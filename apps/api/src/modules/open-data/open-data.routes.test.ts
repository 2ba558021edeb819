import {
  countyCodeOf,
  OPEN_DATA_FILE_NAMES,
  OPEN_DATA_FILES,
  OpenDataCatalogue,
  openDataColumnNames,
  type OpenDataFileName,
} from '@motesplats/contracts';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createChallenge,
  createIndicator,
  createLab,
  createMatch,
  createMeasurement,
  createMethod,
  createOffering,
  createOrganisation,
} from '../../db/seed/factories';
import { errorOf, useTestApp } from '../../test/app';

// This file's database starts empty (a copy of the migrated template): every row a file holds
// was made here, so each file is compared with exactly what the public may see.
const t = useTestApp();
const PUBLIC_URL = 'http://motesplats.test';

type Json = Record<string, unknown>;

async function download(file: OpenDataFileName, format: 'csv' | 'json') {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/open-data/${file}.${format}` });
  expect(response.statusCode, response.body).toBe(200);
  return response;
}

async function jsonRows(file: OpenDataFileName): Promise<Json[]> {
  const body = (await download(file, 'json')).json<{ rows: Json[] }>();
  return body.rows;
}

/** The file read as a Swedish spreadsheet reads it: BOM, `;`, quoted cells, CRLF. */
function parseCsv(body: string): Record<string, string>[] {
  return parse(body, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' });
}

/** How the CSV writes a JSON value: lists with |, decimals with a comma, formulas as text. */
function asCsvCell(type: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (type === 'codes' || type === 'texts') return escapeFormula((value as string[]).join('|'));
  if (type === 'json') return escapeFormula(JSON.stringify(value));
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return escapeFormula(String(value));
}
const escapeFormula = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

const iso = (d: Date | null) => d?.toISOString() ?? null;
const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

// The world: public records beside everything the public must not see.
let world: Awaited<ReturnType<typeof seed>>;

async function seed() {
  const db = t.app.prisma;
  const company = await createOrganisation(db, {
    kind: 'HOUSING_COMPANY',
    name: 'Hyresbostäder i Norrköping – Åäö',
    municipalityCode: '0581',
    email: 'kontakt@example.se',
    phone: '011-123456',
    website: 'https://hyresbostader.example',
    description: 'Allmännyttigt bostadsbolag; "ett hem för alla".',
  });
  const actor = await createOrganisation(db, {
    kind: 'LOCAL_ACTOR',
    name: 'Föreningen Gården',
    municipalityCode: '0581',
  });
  const unverified = await createOrganisation(db, { kind: 'LOCAL_ACTOR', verification: 'PENDING' });
  const unverifiedCompany = await createOrganisation(db, { kind: 'HOUSING_COMPANY', verification: 'UNVERIFIED' });

  const lab = await createLab(db, {
    organisationId: company.id,
    municipalityCode: '0581',
    name: 'Portalen',
    focusAreas: ['UNEMPLOYMENT', 'SCHOOLS'],
    startsOn: new Date('2018-09-01T00:00:00Z'),
    description: 'Kvinnor långt från arbetsmarknaden; språkcafé och praktik.',
  });
  const hiddenLab = await createLab(db, { organisationId: company.id, unpublishedAt: new Date() });
  const unverifiedLab = await createLab(db, { organisationId: unverifiedCompany.id });

  const challenge = await createChallenge(db, {
    labId: lab.id,
    title: "=cmd|' /C calc'!A0",
    summary: '+46 11 123 45',
    desiredOutcome: '@alla ska med',
    bringsPremises: true,
    neighbourhood: 'Navestad',
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'PARENTS'],
    status: 'OPEN',
  });
  const draftChallenge = await createChallenge(db, { organisationId: company.id, status: 'DRAFT' });
  const unpublishedChallenge = await createChallenge(db, { organisationId: company.id, unpublishedAt: new Date() });
  await createChallenge(db, { organisationId: unverifiedCompany.id, status: 'OPEN' });

  const offering = await createOffering(db, {
    organisationId: actor.id,
    title: 'Språkcafé för föräldrar',
    description: '-- inte en formel, men börjar med minus',
    municipalityCodes: ['0581', '0580'],
    capacity: 40,
    costModel: 'PER_PARTICIPANT',
  });
  const archived = await createOffering(db, { organisationId: actor.id, status: 'ARCHIVED', isNational: true });
  await createOffering(db, { organisationId: actor.id, status: 'DRAFT' });
  await createOffering(db, { organisationId: unverified.id });

  const method = await createMethod(db, {
    name: 'Framtidsverkstad',
    perspectives: ['jämställdhet', 'föräldraskap'],
    focusAreas: ['SCHOOLS'],
    steps: [{ title: 'Kritik', body: 'Vad är fel i dag?' }],
  });
  await createMethod(db, { status: 'DRAFT' });
  await createMethod(db, { unpublishedAt: new Date() });

  const confirmed = await createMatch(db, { challengeId: challenge.id, offeringId: offering.id, state: 'COMPLETED' });
  const running = await createMatch(db, { challengeId: challenge.id, offeringId: archived.id, state: 'ACTIVE' });
  // Completed, but its challenge has since been taken down: not public.
  const hiddenMatch = await createMatch(db, {
    challengeId: unpublishedChallenge.id,
    offeringId: offering.id,
    state: 'COMPLETED',
  });

  const share = await createIndicator(db, {
    labId: lab.id,
    kind: 'SHARE_OF_GROUP',
    name: 'Kvinnor i arbete eller studier',
    baseline: 3,
    target: 11,
    source: 'REGISTER',
    methodId: method.id,
  });
  const shown = await createMeasurement(db, {
    indicatorId: share.id,
    count: 15,
    groupSize: 22,
    note: 'Efter ett år',
    measuredOn: new Date('2019-12-01T00:00:00Z'),
  });
  // A reading about 3 people: the public sees no number and no note.
  const few = await createMeasurement(db, {
    indicatorId: share.id,
    count: 3,
    groupSize: 22,
    note: 'Tre namngivna kvinnor',
    measuredOn: new Date('2019-06-01T00:00:00Z'),
  });
  const change = await createIndicator(db, {
    matchId: confirmed.id,
    kind: 'CHANGE_PERCENT',
    name: 'Skolmotivation',
    baseline: -3.5,
  });
  const changeReading = await createMeasurement(db, { indicatorId: change.id, value: 80.25 });
  const unmeasured = await createIndicator(db, {
    labId: lab.id,
    kind: 'COUNT',
    countsPeople: false,
    unit: 'aktiviteter',
  });
  // Not public: an unpublished lab's, a running match's and a hidden match's results.
  await createMeasurement(db, { indicatorId: (await createIndicator(db, { labId: hiddenLab.id })).id, value: 7 });
  await createMeasurement(db, { indicatorId: (await createIndicator(db, { matchId: running.id })).id, value: 8 });
  await createMeasurement(db, { indicatorId: (await createIndicator(db, { matchId: hiddenMatch.id })).id, value: 9 });

  return {
    company,
    actor,
    unverified,
    unverifiedCompany,
    lab,
    hiddenLab,
    unverifiedLab,
    challenge,
    draftChallenge,
    offering,
    archived,
    method,
    confirmed,
    share,
    shown,
    few,
    change,
    changeReading,
    unmeasured,
  };
}

/** What each file must hold, read back from the database independently of the export's code. */
async function expectedRows(file: OpenDataFileName): Promise<Json[]> {
  const db = t.app.prisma;
  const w = world;
  switch (file) {
    case 'labs': {
      const lab = await db.lab.findUniqueOrThrow({ where: { id: w.lab.id }, include: { organisation: true } });
      return [
        {
          id: lab.id,
          name: lab.name,
          organisationId: lab.organisationId,
          organisationName: 'Hyresbostäder i Norrköping – Åäö',
          neighbourhood: lab.neighbourhood,
          municipalityCode: '0581',
          countyCode: '05',
          focusAreas: ['UNEMPLOYMENT', 'SCHOOLS'],
          status: lab.status,
          startsOn: '2018-09-01',
          endsOn: null,
          summary: lab.summary,
          description: lab.description,
          language: 'sv',
          createdAt: iso(lab.createdAt),
          updatedAt: iso(lab.updatedAt),
          url: `${PUBLIC_URL}/labs/${lab.id}`,
        },
      ];
    }
    case 'challenges': {
      const c = await db.challenge.findUniqueOrThrow({ where: { id: w.challenge.id } });
      return [
        {
          id: c.id,
          title: "=cmd|' /C calc'!A0",
          organisationId: w.company.id,
          organisationName: w.company.name,
          labId: w.lab.id,
          focusArea: c.focusArea,
          targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET', 'PARENTS'],
          municipalityCode: '0581',
          countyCode: '05',
          neighbourhood: 'Navestad',
          summary: '+46 11 123 45',
          description: c.description,
          desiredOutcome: '@alla ska med',
          neededSupportTypes: c.neededSupportTypes,
          bringsPremises: true,
          bringsFunding: false,
          bringsStaff: false,
          bringsDescription: null,
          startsOn: null,
          endsOn: null,
          status: 'OPEN',
          language: 'sv',
          publishedAt: iso(c.publishedAt),
          updatedAt: iso(c.updatedAt),
          url: `${PUBLIC_URL}/challenges/${c.id}`,
        },
      ];
    }
    case 'offerings': {
      const rows = await db.offering.findMany({ where: { id: { in: [w.offering.id, w.archived.id] } } });
      return rows.map((o) => ({
        id: o.id,
        title: o.title,
        organisationId: w.actor.id,
        organisationName: 'Föreningen Gården',
        summary: o.summary,
        description: o.description,
        focusAreas: o.focusAreas,
        targetGroups: o.targetGroups,
        supportTypes: o.supportTypes,
        isNational: o.isNational,
        municipalityCodes: o.municipalityCodes,
        capacity: o.capacity,
        capacityDescription: null,
        costModel: o.costModel,
        costDescription: null,
        evidence: '',
        status: o.status,
        language: 'sv',
        publishedAt: iso(o.publishedAt),
        updatedAt: iso(o.updatedAt),
        url: `${PUBLIC_URL}/offerings/${o.id}`,
      }));
    }
    case 'organisations': {
      const rows = await db.organisation.findMany({ where: { id: { in: [w.company.id, w.actor.id] } } });
      return rows.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        actorType: o.actorType,
        municipalityCode: '0581',
        countyCode: '05',
        description: o.description,
        website: o.website,
        language: 'sv',
        verifiedAt: iso(o.verifiedAt),
        url: `${PUBLIC_URL}/organisations/${o.id}`,
      }));
    }
    case 'methods': {
      const m = await db.method.findUniqueOrThrow({ where: { id: w.method.id } });
      return [
        {
          id: m.id,
          slug: m.slug,
          name: 'Framtidsverkstad',
          summary: m.summary,
          description: m.description,
          purpose: m.purpose,
          whenToUse: m.whenToUse,
          pitfalls: m.pitfalls,
          needsTime: m.needsTime,
          needsRoles: m.needsRoles,
          needsPremises: m.needsPremises,
          needsCost: m.needsCost,
          steps: [{ title: 'Kritik', body: 'Vad är fel i dag?' }],
          perspectives: ['jämställdhet', 'föräldraskap'],
          focusAreas: ['SCHOOLS'],
          targetGroups: [],
          updatedAt: iso(m.updatedAt),
          url: `${PUBLIC_URL}/methods/${m.slug}`,
        },
      ];
    }
    case 'matches': {
      const m = await db.match.findUniqueOrThrow({ where: { id: w.confirmed.id } });
      expect(m.outcomeSummary).toBeTruthy();
      return [
        {
          id: m.id,
          challengeId: w.challenge.id,
          challengeTitle: w.challenge.title,
          housingOrganisationId: w.company.id,
          housingOrganisationName: w.company.name,
          offeringId: w.offering.id,
          offeringTitle: 'Språkcafé för föräldrar',
          actorOrganisationId: w.actor.id,
          actorOrganisationName: w.actor.name,
          labId: w.lab.id,
          focusArea: w.challenge.focusArea,
          municipalityCode: '0581',
          countyCode: countyCodeOf('0581'),
          origin: m.origin,
          agreedAt: iso(m.agreedAt),
          startedAt: iso(m.startedAt),
          completedAt: iso(m.completedAt),
          outcomeSummary: m.outcomeSummary,
        },
      ];
    }
    case 'results': {
      const indicator = (i: typeof w.share) => ({
        indicatorId: i.id,
        indicatorName: i.name,
        indicatorDescription: i.description,
        labId: i.labId,
        matchId: i.matchId,
        methodId: i.methodId,
        focusArea: i.focusArea,
        kind: i.kind,
        unit: i.unit,
        countsPeople: i.countsPeople,
        // 3 women at the start is a small group: withheld.
        baseline: i.id === w.share.id ? null : (i.baseline?.toNumber() ?? null),
        baselineSuppressed: i.id === w.share.id,
        baselineOn: null,
        target: i.target?.toNumber() ?? null,
        source: i.source,
        howMeasured: '',
      });
      const noReading = {
        measurementId: null,
        measuredOn: null,
        count: null,
        groupSize: null,
        value: null,
        note: null,
        suppressed: null,
      };
      return [
        {
          ...indicator(w.share),
          measurementId: w.few.id,
          measuredOn: '2019-06-01',
          count: null,
          groupSize: 22,
          value: null,
          note: '',
          suppressed: 'SMALL_COUNT',
        },
        {
          ...indicator(w.share),
          measurementId: w.shown.id,
          measuredOn: '2019-12-01',
          count: 15,
          groupSize: 22,
          value: null,
          note: 'Efter ett år',
          suppressed: null,
        },
        {
          ...indicator(w.change),
          measurementId: w.changeReading.id,
          measuredOn: day(w.changeReading.measuredOn),
          count: null,
          groupSize: null,
          value: 80.25,
          note: '',
          suppressed: null,
        },
        { ...indicator(w.unmeasured), ...noReading },
      ];
    }
  }
}

beforeAll(async () => {
  world = await seed();
});

describe('GET /api/v1/open-data', () => {
  it('lists every file with both formats, the CC0 licence and every column from the one definition', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/open-data' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    const catalogue = OpenDataCatalogue.parse(response.json());
    expect(catalogue.licence.id).toBe('CC0-1.0');
    expect(catalogue.files.map((f) => f.name)).toEqual(OPEN_DATA_FILE_NAMES);
    for (const file of catalogue.files) {
      expect(file.columns.map((c) => c.name)).toEqual(openDataColumnNames(file.name));
      expect(file.downloads.map((d) => d.url)).toEqual([
        `/api/v1/open-data/${file.name}.csv`,
        `/api/v1/open-data/${file.name}.json`,
      ]);
      for (const column of file.columns) {
        expect(column.description.sv, `${file.name}.${column.name}`).not.toBe('');
        expect(column.description.en, `${file.name}.${column.name}`).not.toBe('');
      }
    }
  });
});

describe('GET /api/v1/open-data/:file.:format', () => {
  it.each(OPEN_DATA_FILE_NAMES)(
    '%s: the JSON holds exactly the public rows, every column as in the database',
    async (file) => {
      const rows = await jsonRows(file);
      const expected = await expectedRows(file);
      const key =
        file === 'results'
          ? (r: Json) => `${String(r.indicatorId)}:${String(r.measuredOn)}`
          : (r: Json) => String(r.id);
      const sort = (list: Json[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
      expect(sort(rows)).toEqual(sort(expected));
      for (const row of rows) expect(Object.keys(row)).toEqual(openDataColumnNames(file));
    },
  );

  it.each(OPEN_DATA_FILE_NAMES)(
    '%s: the CSV says the same as the JSON, cell by cell, as a spreadsheet reads it',
    async (file) => {
      const json = await jsonRows(file);
      const csv = parseCsv((await download(file, 'csv')).body);
      const columns = OPEN_DATA_FILES[file].columns as Record<string, { type: string }>;
      const expected = json.map((row) =>
        Object.fromEntries(
          openDataColumnNames(file).map((name) => [name, asCsvCell(columns[name]?.type ?? '', row[name])]),
        ),
      );
      expect(csv).toEqual(expected);
    },
  );

  it('writes UTF-8 with a BOM, ; between cells, CRLF between rows, and names the file by its date', async () => {
    const response = await download('labs', 'csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="motesplats-labs-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(Date.parse(String(response.headers['x-generated-at']))).not.toBeNaN();
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, first, rest] = response.body.slice(1).split('\r\n');
    expect(header).toBe(openDataColumnNames('labs').join(';'));
    expect(first).toContain(';Hyresbostäder i Norrköping – Åäö;');
    expect(first).toContain(';UNEMPLOYMENT|SCHOOLS;');
    expect(rest).toBe('');
    expect(response.body).not.toMatch(/[^\r]\n/);
  });

  it('turns cells that a spreadsheet would run as formulas into text; negative numbers stay numbers', async () => {
    const challenges = parseCsv((await download('challenges', 'csv')).body);
    expect(challenges[0]).toMatchObject({
      title: "'=cmd|' /C calc'!A0",
      summary: "'+46 11 123 45",
      desiredOutcome: "'@alla ska med",
    });
    const offerings = parseCsv((await download('offerings', 'csv')).body);
    expect(offerings.find((o) => o.id === world.offering.id)?.description).toBe(
      "'-- inte en formel, men börjar med minus",
    );
    const results = parseCsv((await download('results', 'csv')).body);
    const change = results.find((r) => r.indicatorId === world.change.id);
    expect(change).toMatchObject({ baseline: '-3,5', value: '80,25' });
    // JSON is data, not a spreadsheet: the text arrives as written.
    const json = await jsonRows('challenges');
    expect(json[0]?.title).toBe("=cmd|' /C calc'!A0");
  });

  it('keeps the small-group rule: a reading about 3 people shows no number and no note in either format', async () => {
    const csvBody = (await download('results', 'csv')).body;
    const jsonBody = (await download('results', 'json')).body;
    const reading = parseCsv(csvBody).find((r) => r.measurementId === world.few.id);
    expect(reading).toMatchObject({ count: '', value: '', note: '', groupSize: '22', suppressed: 'SMALL_COUNT' });
    for (const body of [csvBody, jsonBody]) expect(body).not.toContain('Tre namngivna kvinnor');
    const share = parseCsv(csvBody).filter((r) => r.indicatorId === world.share.id);
    expect(share.every((r) => r.baseline === '' && r.baselineSuppressed === 'true')).toBe(true);
  });

  it('leaves out contact details, organisation numbers and everything the public may not see', async () => {
    const everything = await Promise.all(
      OPEN_DATA_FILE_NAMES.flatMap((file) => [download(file, 'csv'), download(file, 'json')]),
    );
    const hidden = [
      world.hiddenLab.id,
      world.unverifiedLab.id,
      world.draftChallenge.id,
      world.unverified.id,
      world.unverifiedCompany.id,
      world.company.orgNumber ?? 'no org number',
      'kontakt@example.se',
      '011-123456',
    ];
    for (const response of everything) {
      for (const text of hidden) expect(response.body, text).not.toContain(text);
    }
  });

  it('answers a file or format it does not have with a 400 and the envelope', async () => {
    for (const url of ['/api/v1/open-data/users.csv', '/api/v1/open-data/labs.xlsx', '/api/v1/open-data/labs']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(errorOf(response.body).code).toMatch(/VALIDATION_FAILED|NOT_FOUND/);
    }
  });
});

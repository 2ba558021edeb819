import { MUNICIPALITIES } from '@motesplats/contracts';
import type { PrismaClient } from '../src/db/prisma';

/**
 * Published offerings from 1,000 synthetic local actors, spread like real ones: one or two focus
 * areas (a few claim all four), one to three target groups, one to three municipalities drawn
 * from every county (a third of them in the four lab municipalities), 5 % national, support
 * types, capacity (a third give none), publication dates over five years, and Swedish text
 * assembled from phrases so full-text ranking has real words to weigh.
 */
export async function insertSyntheticOfferings(prisma: PrismaClient, count: number) {
  const codes = MUNICIPALITIES.map((m) => m.code);
  const labCodes = ['0581', '1480', '0181', '2582'];
  const subjects = [
    'läxhjälp',
    'jobbcoachning',
    'språkcafé',
    'tjejträning',
    'föräldraträffar',
    'trygghetsvandringar',
    'sommarjobb',
    'mentorprogram',
    'studiecirklar',
    'digital vardag',
    'spontanidrott',
    'arbetsträning',
    'kvarterskafé',
    'ledarutbildning',
    'praktikplatser',
    'dialogmöten',
  ];
  const groups = [
    'kvinnor långt från arbetsmarknaden',
    'ungdomar',
    'nyanlända',
    'äldre',
    'föräldrar',
    'barn',
    'unga vuxna',
  ];
  const places = ['i bostadsområdet', 'på mötesplatsen', 'i skolan', 'i centrumlokalen', 'på kvällar och helger'];
  await prisma.$executeRaw`
    INSERT INTO "Organisation" ("kind", "actorType", "name", "slug", "municipalityCode", "updatedAt")
    SELECT 'LOCAL_ACTOR', 'ASSOCIATION', 'Syntetisk aktör ' || i, 'syntetisk-aktor-' || i,
      CASE WHEN i % 3 = 0 THEN (${labCodes}::text[])[1 + i % 4] ELSE (${codes}::text[])[1 + (i * 37) % ${codes.length}] END,
      now()
    FROM generate_series(1, 1000) AS i`;
  await prisma.$executeRaw`
    WITH actors AS (
      SELECT array_agg("id" ORDER BY "slug") AS ids, array_agg("municipalityCode" ORDER BY "slug") AS homes
      FROM "Organisation" WHERE "slug" LIKE 'syntetisk-aktor-%'
    )
    INSERT INTO "Offering" ("organisationId", "title", "summary", "description", "focusAreas", "targetGroups",
      "municipalityCodes", "isNational", "supportTypes", "capacity", "costModel", "status", "publishedAt", "updatedAt")
    SELECT actors.ids[1 + i % 1000],
      initcap((${subjects}::text[])[1 + i % 16]) || ' för ' || (${groups}::text[])[1 + (i / 16) % 7],
      'Vi erbjuder ' || (${subjects}::text[])[1 + i % 16] || ' ' || (${places}::text[])[1 + i % 5]
        || ' tillsammans med ' || (${groups}::text[])[1 + (i / 7) % 7] || '.',
      'Verksamheten leds av erfarna ledare och följs upp varje termin. Vi samarbetar gärna med '
        || 'bostadsbolag kring ' || (${subjects}::text[])[1 + (i / 3) % 16] || '.',
      CASE WHEN i % 50 = 0 THEN ARRAY['UNEMPLOYMENT','SCHOOLS','SERVICES','CRIME']::"FocusArea"[]
           WHEN i % 3 = 0 THEN ARRAY[(ARRAY['UNEMPLOYMENT','SCHOOLS','SERVICES','CRIME']::"FocusArea"[])[1 + i % 4],
                                     (ARRAY['UNEMPLOYMENT','SCHOOLS','SERVICES','CRIME']::"FocusArea"[])[1 + (i + 1) % 4]]
           ELSE ARRAY[(ARRAY['UNEMPLOYMENT','SCHOOLS','SERVICES','CRIME']::"FocusArea"[])[1 + i % 4]] END,
      ARRAY(SELECT DISTINCT (ARRAY['WOMEN_FAR_FROM_LABOUR_MARKET','LONG_TERM_UNEMPLOYED','YOUTH_13_19','YOUNG_ADULTS',
              'CHILDREN','PARENTS','NEWLY_ARRIVED','SENIORS','PEOPLE_WITH_DISABILITIES','ALL_RESIDENTS']::"TargetGroup"[])[1 + (i * k) % 10]
            FROM generate_series(1, 1 + i % 3) AS k),
      CASE WHEN i % 20 = 0 THEN ARRAY[]::bpchar[]
           ELSE ARRAY(SELECT DISTINCT (ARRAY[actors.homes[1 + i % 1000]] || ${codes}::bpchar[])[1 + CASE WHEN k = 1 THEN 0 ELSE 1 + (i * k * 13) % ${codes.length} END]
                      FROM generate_series(1, 1 + i % 3) AS k) END,
      i % 20 = 0,
      ARRAY(SELECT DISTINCT (ARRAY['ACTIVITY','METHOD','STAFF','FUNDING','PREMISES','TRAINING']::"SupportType"[])[1 + (i * k) % 6]
            FROM generate_series(1, 1 + i % 2) AS k),
      CASE WHEN i % 3 = 0 THEN NULL ELSE 5 + (i * 7) % 200 END,
      (ARRAY['FREE','FIXED_PRICE','PER_PARTICIPANT','CO_FUNDED','NEGOTIABLE']::"CostModel"[])[1 + i % 5],
      'PUBLISHED',
      now() - make_interval(hours => (i * 17) % (5 * 365 * 24)),
      now() - make_interval(hours => (i * 11) % (5 * 365 * 24))
    FROM actors, generate_series(1, ${count}) AS i`;
  // A bulk load leaves the new GIN entries in the indexes' pending lists; a running database
  // would have vacuumed them long since, so measure after VACUUM, not before.
  await prisma.$executeRaw`VACUUM ANALYZE "Offering"`;
  await prisma.$executeRaw`ANALYZE "Organisation"`;
}

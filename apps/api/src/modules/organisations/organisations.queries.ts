import type { OrganisationKind, VerificationStatus } from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';

export interface OrganisationSearch {
  q?: string | undefined;
  kinds?: OrganisationKind[] | undefined;
  municipalities?: string[] | undefined;
  verifications?: VerificationStatus[] | undefined;
  limit: number;
  offset: number;
}

/** Below this trigram similarity a name is not taken as a misspelling of the query. */
const NAME_SIMILARITY = 0.3;

/**
 * Organisations by full text (swedish stemming, index "Organisation_search_idx") or by a
 * misspelt name (trigram, index "Organisation_name_trgm_idx"), best match first.
 */
export async function searchOrganisations(prisma: PrismaClient, search: OrganisationSearch) {
  const conditions: Prisma.Sql[] = [];
  if (search.kinds?.length) conditions.push(Prisma.sql`o."kind"::text = ANY(${search.kinds})`);
  if (search.municipalities?.length) conditions.push(Prisma.sql`o."municipalityCode" = ANY(${search.municipalities})`);
  if (search.verifications?.length) conditions.push(Prisma.sql`o."verification"::text = ANY(${search.verifications})`);

  const q = search.q?.trim();
  let order = Prisma.sql`o."name" ASC, o."id" ASC`;
  if (q) {
    const tsquery = Prisma.sql`websearch_to_tsquery('swedish', ${q})`;
    conditions.push(
      Prisma.sql`(o."search" @@ ${tsquery} OR word_similarity(${q}, o."name") >= ${NAME_SIMILARITY} OR similarity(o."name", ${q}) >= ${NAME_SIMILARITY})`,
    );
    order = Prisma.sql`ts_rank(o."search", ${tsquery}) + similarity(o."name", ${q}) DESC, ${order}`;
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;

  const rows = await prisma.$queryRaw<{ id: string; total: bigint }[]>`
    SELECT o."id", count(*) OVER () AS "total"
    FROM "Organisation" o
    ${where}
    ORDER BY ${order}
    LIMIT ${search.limit} OFFSET ${search.offset}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && search.offset > 0) {
    // Past the last page the window count is gone; count separately so the total stays right.
    const counted = await prisma.$queryRaw<
      { total: bigint }[]
    >`SELECT count(*) AS "total" FROM "Organisation" o ${where}`;
    total = Number(counted[0]?.total ?? 0);
  }
  return { ids: rows.map((r) => r.id), total };
}

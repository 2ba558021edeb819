import type { ModerateBody, ModerationAction, OrganisationKind, VerificationStatus } from '@motesplats/contracts';
import type { PrismaClient } from '../db/prisma';
import type { Prisma } from '../generated/prisma/client';
import { canEditAs, isCurator, loadViewer, type AuthUser, type Viewer } from './actor';
import { audit } from './audit';
import { AppError, forbidden, notFound } from './errors';
import { toSearchPage, type FacetedSearchResult } from './faceted-search';
import { isVisible } from './visibility';

/*
 * One life for everything a member publishes (challenges, offerings, labs; ideas, methods and
 * diary posts next): written by members of one kind of organisation, edited with an optimistic
 * version along a status table, hidden from the public while a draft or unpublished, and
 * moderated by curators. A kind's service describes its table once (PublishableKind) and gets
 * these steps, so the kinds cannot drift apart.
 */

type Tx = Prisma.TransactionClient;

/** What every publishable row has. */
export interface PublishableRow<Status extends string = string> {
  id: string;
  organisationId: string;
  status: Status;
  unpublishedAt: Date | null;
  version: number;
  /** Whether the organisation is verified decides whether outsiders see the item (visibility.ts). */
  organisation: { verification: VerificationStatus };
}

/** What moderation writes; every publishable model has these two columns. */
export interface ModerationFields {
  unpublishedAt: Date | null;
  unpublishedReason: string | null;
}

/** How a kind's list is searched (its *.queries.ts) and its page of rows loaded and mapped. */
export interface PublishableList<Query extends ListQuery, F extends string, ListRow extends { id: string }, Summary> {
  search(prisma: PrismaClient, viewer: Viewer, query: Query): Promise<FacetedSearchResult<F>>;
  load(prisma: PrismaClient, ids: string[]): Promise<ListRow[]>;
  summary(row: ListRow): Summary;
}

interface ListQuery {
  page: number;
  pageSize: number;
}

export interface PublishableKind<Status extends string, Row extends PublishableRow<Status>, Changes, Out> {
  /** Audit actions are "<name>.create", ".update", ".status", ".unpublish", ".restore". */
  name: 'challenge' | 'offering' | 'lab';
  /** Only members of this kind of organisation write it. */
  authorKind: OrganisationKind;
  find(prisma: PrismaClient, id: string): Promise<Row | null>;
  /** The status of a draft, which only its organisation and curators see; none when the kind has no drafts. */
  draftStatus?: Status;
  /** The status edges the owning organisation's members may take. */
  transitions: Record<Status, readonly Status[]>;
  /**
   * UPDATE … WHERE id = id AND version = version, bumping the version; answers how many rows
   * changed. The version in the WHERE makes the second of two writes of one version lose, even
   * when both passed the check before (it waits for the first one's row lock, then matches nothing).
   */
  updateVersion(tx: Tx, id: string, version: number, changes: Changes | ModerationFields): Promise<{ count: number }>;
  /** The row as the reader sees it in answers. */
  present(viewer: Viewer, row: Row): Out | Promise<Out>;
  /** What follows every change of an item, in its transaction (say, a suggestion refresh). */
  changed?(tx: Tx, id: string, newVersion: number): Promise<void>;
}

/** Body of an edit: the version it was based on, and a new status when it moves. */
interface EditBody<Status extends string> {
  version: number;
  status?: Status | undefined;
}

const AUTHORS: Record<OrganisationKind, string> = {
  HOUSING_COMPANY: 'housing companies',
  LOCAL_ACTOR: 'local actors',
  NATIONAL: 'national organisations',
};

const ENTITY_TYPES = { challenge: 'Challenge', offering: 'Offering', lab: 'Lab' } as const;

export function createPublishable<
  Status extends string,
  Row extends PublishableRow<Status>,
  Changes,
  Out,
  Query extends ListQuery,
  F extends string,
  ListRow extends { id: string },
  Summary,
>(
  prisma: PrismaClient,
  kind: PublishableKind<Status, Row, Changes, Out>,
  listing: PublishableList<Query, F, ListRow, Summary>,
) {
  const entityType = ENTITY_TYPES[kind.name];
  const stale = (currentVersion?: number) =>
    new AppError(
      'VERSION_CONFLICT',
      `Someone else changed this ${kind.name} in the meantime; reload to see their changes`,
      currentVersion === undefined ? undefined : { currentVersion },
    );

  /** The item as the viewer may see it, or 404: a hidden item must not be told apart from none. */
  async function findVisible(viewer: Viewer, id: string): Promise<Row> {
    const row = await kind.find(prisma, id);
    if (!row || !isVisible(viewer, { ...row, isDraft: row.status === kind.draftStatus })) {
      throw notFound(`The ${kind.name}`);
    }
    return row;
  }

  /** Members of the owning organisation (and administrators) write, and only for the right kind of organisation. */
  async function requireAuthor(viewer: Viewer, organisationId: string): Promise<void> {
    const organisation = await prisma.organisation.findUnique({
      where: { id: organisationId },
      select: { kind: true },
    });
    if (!organisation) throw notFound('The organisation');
    if (!canEditAs(viewer, organisationId)) {
      throw forbidden(`Only members of the organisation may write its ${kind.name}s`);
    }
    if (organisation.kind !== kind.authorKind) throw forbidden(`Only ${AUTHORS[kind.authorKind]} write ${kind.name}s`);
  }

  async function presentCurrent(viewer: Viewer, id: string): Promise<Out> {
    return kind.present(viewer, await findVisible(viewer, id));
  }

  /** One versioned write with its audit row and follow-up, in one transaction. */
  async function writeVersion(
    row: Row,
    version: number,
    changes: Changes | ModerationFields,
    record: { actorId: string; action: string; data: Prisma.InputJsonValue; requestId: string },
    alsoInTx?: (tx: Tx) => Promise<void>,
  ): Promise<void> {
    await prisma.$transaction(async (tx) => {
      const { count } = await kind.updateVersion(tx, row.id, version, changes);
      if (count === 0) throw stale();
      await alsoInTx?.(tx);
      await audit(tx, {
        actorId: record.actorId,
        organisationId: row.organisationId,
        action: `${kind.name}.${record.action}`,
        entityType,
        entityId: row.id,
        data: record.data,
        requestId: record.requestId,
      });
      await kind.changed?.(tx, row.id, version + 1);
    });
  }

  return {
    findVisible,

    /** A page of the items the reader may see, with the search's counts. */
    async list(query: Query, user: AuthUser | undefined) {
      const found = await listing.search(prisma, await loadViewer(prisma, user), query);
      return toSearchPage(query, found, await listing.load(prisma, found.ids), listing.summary);
    },

    async get(id: string, user: AuthUser | undefined): Promise<Out> {
      return presentCurrent(await loadViewer(prisma, user), id);
    },

    /**
     * Creates the item through `insert` (the kind's own columns) for an author of the
     * organisation, records it with `recorded` in the audit log, and answers it as the author
     * sees it.
     */
    async create(
      user: AuthUser,
      requestId: string,
      item: {
        organisationId: string;
        recorded: Prisma.InputJsonObject;
        insert: (tx: Tx) => Promise<{ id: string; version: number }>;
      },
    ): Promise<Out> {
      const viewer = await loadViewer(prisma, user);
      await requireAuthor(viewer, item.organisationId);
      const id = await prisma.$transaction(async (tx) => {
        const created = await item.insert(tx);
        await audit(tx, {
          actorId: user.id,
          organisationId: item.organisationId,
          action: `${kind.name}.create`,
          entityType,
          entityId: created.id,
          data: item.recorded,
          requestId,
        });
        await kind.changed?.(tx, created.id, created.version);
        return created.id;
      });
      return presentCurrent(viewer, id);
    },

    /**
     * An edit by the owning organisation's members: the version must be the stored one (409
     * VERSION_CONFLICT with the current version), a status change must be an edge of the
     * table (409 CONFLICT naming both), then `prepare` checks the kind's own rules against the
     * stored row and answers the columns to write; `alsoInTx` writes related rows.
     */
    async edit(
      user: AuthUser,
      id: string,
      body: EditBody<Status>,
      requestId: string,
      prepare: (row: Row) => Changes | Promise<Changes>,
      alsoInTx?: (tx: Tx) => Promise<void>,
    ): Promise<Out> {
      const viewer = await loadViewer(prisma, user);
      const row = await findVisible(viewer, id);
      await requireAuthor(viewer, row.organisationId);
      if (body.version !== row.version) throw stale(row.version);
      const to = body.status;
      const moves = to !== undefined && to !== row.status;
      if (moves && !kind.transitions[row.status].includes(to)) {
        throw new AppError('CONFLICT', `A ${kind.name} cannot go from ${row.status} to ${to}`, {
          from: row.status,
          to,
        });
      }
      const changes = await prepare(row);
      const fields = Object.keys(body).filter((key) => key !== 'version');
      await writeVersion(
        row,
        body.version,
        changes,
        {
          actorId: user.id,
          action: moves ? 'status' : 'update',
          data: { fields, ...(moves ? { from: row.status, to } : {}) },
          requestId,
        },
        alsoInTx,
      );
      return presentCurrent(viewer, id);
    },

    /**
     * Curators take the item off the public pages or put it back, saying why (see ModerateBody
     * in the contracts): a repeat is 409 CONFLICT, a stale version 409 VERSION_CONFLICT.
     */
    async moderate(user: AuthUser, id: string, action: ModerationAction, body: ModerateBody, requestId: string) {
      if (!isCurator(user)) throw forbidden('Only curators unpublish and restore');
      const viewer = await loadViewer(prisma, user);
      const row = await findVisible(viewer, id);
      const unpublish = action === 'unpublish';
      const unpublished = row.unpublishedAt !== null;
      if (unpublish === unpublished) {
        const message = unpublished ? `The ${kind.name} is already unpublished` : `The ${kind.name} is not unpublished`;
        throw new AppError('CONFLICT', message, { unpublished });
      }
      if (body.version !== row.version) throw stale(row.version);
      const fields: ModerationFields = unpublish
        ? { unpublishedAt: new Date(), unpublishedReason: body.reason }
        : { unpublishedAt: null, unpublishedReason: null };
      await writeVersion(row, body.version, fields, {
        actorId: user.id,
        action,
        data: { reason: body.reason },
        requestId,
      });
      return presentCurrent(viewer, id);
    },
  };
}

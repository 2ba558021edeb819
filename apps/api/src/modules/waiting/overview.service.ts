import {
  ListMatchesQuery,
  WAITING_MATCH_STATES,
  type ListNotificationsQuery,
  type MatchList,
  type MatchSide,
  type NotificationList,
  type OwnItemSuggestions,
  type SuggestionList,
  type SuggestionsQuery,
  type WaitingOverview,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { loadViewer, type AuthUser } from '../../lib/actor';
import { matchInclude, toMatchSummary } from '../matches/matches.mappers';

/** What the overview reads through the modules that own it (built by waiting.routes.ts). */
export interface OverviewSources {
  matches: { list(user: AuthUser, query: ListMatchesQuery): Promise<MatchList> };
  suggestions: {
    forChallenge(user: AuthUser, id: string, query: SuggestionsQuery): Promise<SuggestionList>;
    forOffering(user: AuthUser, id: string, query: SuggestionsQuery): Promise<SuggestionList>;
  };
  notifications: { list(userId: string, query: ListNotificationsQuery): Promise<NotificationList> };
}

/** Matches shown as waiting for the reader; the rest are counted and behind a link. */
const WAITING_SHOWN = 10;
/** The reader's most recently changed open challenges and published offerings, each. */
const OWN_ITEMS = 3;
const SUGGESTIONS_PER_ITEM = 3;
const UNREAD_SHOWN = 5;
const CURATOR_LONGEST = 5;

/** "Väntar på dig": what waits for the signed-in reader, read from the places that own it. */
export function createOverviewService(deps: { prisma: PrismaClient } & OverviewSources) {
  const { prisma, matches, suggestions, notifications } = deps;

  /**
   * The matches that wait for one of the reader's organisations, longest first. Every waiting
   * match of their organisations is read and matchWaitingFor decides (an organisation has tens
   * of open matches, not thousands), so the rule lives in one place.
   */
  async function waitingFor(organisationIds: readonly string[]) {
    if (organisationIds.length === 0) return { items: [], total: 0 };
    const rows = await prisma.match.findMany({
      where: {
        state: { in: [...WAITING_MATCH_STATES] },
        OR: [
          { challenge: { organisationId: { in: [...organisationIds] } } },
          { offering: { organisationId: { in: [...organisationIds] } } },
        ],
      },
      include: matchInclude,
    });
    const mine = rows
      .map(toMatchSummary)
      .filter((match) => {
        const ours: Record<MatchSide, boolean> = {
          HOUSING: organisationIds.includes(match.challenge.organisation.id),
          ACTOR: organisationIds.includes(match.offering.organisation.id),
        };
        return match.waiting?.sides.some((side) => ours[side]) ?? false;
      })
      .sort((a, b) => a.waiting!.since.localeCompare(b.waiting!.since) || a.id.localeCompare(b.id));
    return { items: mine.slice(0, WAITING_SHOWN), total: mine.length };
  }

  async function ownItems(user: AuthUser, organisationIds: readonly string[]): Promise<OwnItemSuggestions[]> {
    if (organisationIds.length === 0) return [];
    const [challenges, offerings] = await Promise.all([
      prisma.challenge.findMany({
        where: { organisationId: { in: [...organisationIds] }, status: 'OPEN', unpublishedAt: null },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        take: OWN_ITEMS,
        select: { id: true, title: true },
      }),
      prisma.offering.findMany({
        where: { organisationId: { in: [...organisationIds] }, status: 'PUBLISHED', unpublishedAt: null },
        orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
        take: OWN_ITEMS,
        select: { id: true, title: true },
      }),
    ]);
    const query = { limit: SUGGESTIONS_PER_ITEM };
    return Promise.all([
      ...challenges.map(async (c): Promise<OwnItemSuggestions> => {
        const list = await suggestions.forChallenge(user, c.id, query);
        return {
          kind: 'CHALLENGE',
          id: c.id,
          title: c.title,
          suggestions: list.items.map((s) => ({
            id: s.offering.id,
            title: s.offering.title,
            organisationName: s.offering.organisation.name,
            explanation: s.explanation,
          })),
        };
      }),
      ...offerings.map(async (o): Promise<OwnItemSuggestions> => {
        const list = await suggestions.forOffering(user, o.id, query);
        return {
          kind: 'OFFERING',
          id: o.id,
          title: o.title,
          suggestions: list.items.map((s) => ({
            id: s.challenge.id,
            title: s.challenge.title,
            organisationName: s.challenge.organisation.name,
            explanation: s.explanation,
          })),
        };
      }),
    ]);
  }

  return {
    async overview(user: AuthUser): Promise<WaitingOverview> {
      const viewer = await loadViewer(prisma, user);
      const [waiting, own, unread] = await Promise.all([
        waitingFor(viewer.organisationIds),
        ownItems(user, viewer.organisationIds),
        notifications.list(user.id, { unread: true, page: 1, pageSize: UNREAD_SHOWN }),
      ]);
      let curator: WaitingOverview['curator'] = null;
      if (viewer.curator) {
        const query = ListMatchesQuery.parse({
          state: WAITING_MATCH_STATES,
          sort: 'WAITING',
          pageSize: CURATOR_LONGEST,
        });
        const [longest, verificationQueue] = await Promise.all([
          matches.list(user, query),
          prisma.organisation.count({ where: { verification: 'PENDING' } }),
        ]);
        curator = { verificationQueue, longestWaiting: longest.items, waitingTotal: longest.total };
      }
      return {
        waitingForYou: waiting,
        ownItems: own,
        unread: { count: unread.unread, latest: unread.items },
        curator,
      };
    },
  };
}

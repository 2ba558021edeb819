import {
  findMunicipality,
  SUGGESTION_BAND_THRESHOLDS,
  suggestionBand,
  type ChallengeSummary,
  type CuratorSuggestionsQuery,
  type FocusArea,
  type MethodRef,
  type OfferingSummary,
  type Locale,
  type Suggestion,
  type SuggestionList,
  type SuggestionReasons,
  type SuggestionsQuery,
  type SupportType,
  type TargetGroup,
} from '@motesplats/contracts';
import type { PrismaClient } from '../../db/prisma';
import { Prisma } from '../../generated/prisma/client';
import { forbidden, notFound } from '../../lib/errors';
import { isVisible, visibleSql } from '../../lib/visibility';
import { loadViewer, type AuthUser, type Viewer } from '../../lib/actor';
import { inSentence, textsFor } from '../../lib/texts';
import { methodRefSelect } from '../../lib/method-names';
import { AGREED_PARTNER_STATES, challengeInclude, toChallengeSummary } from '../challenges/challenges.mappers';
import { offeringInclude, toOfferingSummary } from '../offerings/offerings.mappers';
import { CACHED_CANDIDATES, rankNeverRanked } from './suggestion-cache';
import { challengesForOfferingSql, openChallengeSql, rankSuggestions, type SuggestionRow } from './suggestions.queries';

/** Points are shown with one decimal; the total is the sum of the rounded parts, so they add up. */
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The one line a reader sees: the strongest facts first, only facts that speak for the pair.
 * Focus areas, target groups and support types are named by the labels the web app shows.
 */
export function explain(reasons: SuggestionReasons, lang: Locale): string {
  const { t, formatList } = textsFor(lang);
  const labels = (names: string[]) => formatList(names.map((name) => inSentence(name, lang)));
  const parts: string[] = [];
  if (reasons.geography !== 'NONE') parts.push(t(`suggestions.explain.geography.${reasons.geography}`));
  if (reasons.sharedTargetGroups.length > 0) {
    const groups = reasons.sharedTargetGroups.slice(0, 2).map((g) => t(`targetGroup.${g}`));
    parts.push(t('suggestions.explain.targetGroups', { count: groups.length, groups: labels(groups) }));
  } else if (reasons.sharedFocusArea) {
    parts.push(t('suggestions.explain.focusArea', { area: labels([t(`focusArea.${reasons.sharedFocusArea}`)]) }));
  }
  if (reasons.sharedWords.length > 0) {
    parts.push(t('suggestions.explain.sharedWords', { words: formatList(reasons.sharedWords) }));
  }
  if (reasons.matchingSupportTypes.length > 0) {
    const types = reasons.matchingSupportTypes.map((s) => t(`supportType.${s}`));
    parts.push(t('suggestions.explain.supportTypes', { types: labels(types) }));
  }
  if (reasons.completedMatches > 0) parts.push(t('suggestions.explain.completed', { count: reasons.completedMatches }));
  else if (reasons.measuredResults > 0)
    parts.push(t('suggestions.explain.measured', { count: reasons.measuredResults }));
  return parts.length > 0 ? parts.join(' · ') : t('suggestions.explain.noFit');
}

/**
 * What speaks against the pair, most serious first, each a short sentence a curator can check
 * or raise with the parties: where the actor works, a different focus area, target groups or
 * support the offering does not name, capacity taken by other matches, cost without funding,
 * an organisation not yet verified, texts about different things.
 */
export function against(
  reasons: SuggestionReasons,
  pair: { challenge: ChallengeSummary; offering: OfferingSummary },
  lang: Locale,
): string[] {
  const { t, formatList } = textsFor(lang);
  const labels = (names: string[]) => formatList(names.map((name) => inSentence(name, lang)));
  const { challenge, offering } = pair;
  const parts: string[] = [];
  if (reasons.geography === 'REGION' || reasons.geography === 'NATIONAL') {
    const municipality = findMunicipality(challenge.municipalityCode)?.name ?? challenge.municipalityCode;
    parts.push(t('suggestions.against.notLocal', { municipality }));
  }
  if (!reasons.sharedFocusArea) {
    const areas = offering.focusAreas.map((a) => t(`focusArea.${a}`));
    parts.push(t('suggestions.against.focusArea', { areas: labels(areas) }));
  }
  if (reasons.missingTargetGroups.length > 0) {
    const groups = labels(reasons.missingTargetGroups.map((g) => t(`targetGroup.${g}`)));
    const key = offering.targetGroups.includes('ALL_RESIDENTS')
      ? 'suggestions.against.targetGroupsOpen'
      : 'suggestions.against.targetGroups';
    parts.push(t(key, { groups }));
  }
  if (reasons.missingSupportTypes.length > 0) {
    const types = labels(reasons.missingSupportTypes.map((s) => t(`supportType.${s}`)));
    parts.push(t('suggestions.against.supportTypes', { types }));
  }
  if (reasons.capacityLeft === 0) parts.push(t('suggestions.against.capacityFull', { count: reasons.activeMatches }));
  else if (reasons.activeMatches > 0) parts.push(t('suggestions.against.busy', { count: reasons.activeMatches }));
  if (offering.costModel !== 'FREE' && !challenge.bringsFunding) {
    parts.push(t('suggestions.against.cost', { cost: inSentence(t(`costModel.${offering.costModel}`), lang) }));
  }
  if (offering.organisation.verification !== 'VERIFIED') parts.push(t('suggestions.against.actorUnverified'));
  if (challenge.organisation.verification !== 'VERIFIED') parts.push(t('suggestions.against.companyUnverified'));
  if (reasons.sharedWords.length === 0) parts.push(t('suggestions.against.noSharedWords'));
  return parts;
}

function toParts(row: SuggestionRow) {
  const components = {
    focusArea: round1(row.focusArea),
    targetGroups: round1(row.targetGroups),
    geography: round1(row.geography),
    text: round1(row.text),
    support: round1(row.support),
    capacity: round1(row.capacity),
    trackRecord: round1(row.trackRecord),
    freshness: round1(row.freshness),
  };
  const score = round1(Object.values(components).reduce((a, b) => a + b, 0));
  const reasons: SuggestionReasons = {
    sharedFocusArea: row.sharedFocusArea as FocusArea | null,
    sharedTargetGroups: row.sharedTargetGroups as TargetGroup[],
    geography: row.geographyFit,
    matchingSupportTypes: row.matchingSupportTypes as SupportType[],
    capacityLeft: row.capacityLeft,
    completedMatches: row.completedMatches,
    measuredResults: row.measuredResults,
    sharedWords: row.sharedWords,
    missingTargetGroups: row.missingTargetGroups as TargetGroup[],
    missingSupportTypes: row.missingSupportTypes as SupportType[],
    activeMatches: row.activeMatches,
  };
  return { components, score, reasons, band: suggestionBand(score) };
}

/**
 * Weak pairs only when the reader asks for them. The band is read from the score shown (the sum
 * of the parts rounded to a tenth, up to 0.4 from the exact one), so the SQL keeps pairs a little
 * below the line and present() drops the ones shown as weak.
 */
const ROUNDING_SLACK = 0.5;
const minScoreOf = (query: SuggestionsQuery) =>
  query.includeWeak ? 0 : SUGGESTION_BAND_THRESHOLDS.possible - ROUNDING_SLACK;

/*
 * Members see only candidates they could open: published items of verified organisations (and
 * their own). The cached candidates are ranked for everyone, so this filter is applied live;
 * curators see every candidate, an unverified organisation's too.
 */
const visibleOfferingSql = (viewer: Viewer) =>
  visibleSql(viewer, { organisationId: Prisma.sql`o."organisationId"`, unpublishedAt: Prisma.sql`o."unpublishedAt"` });
const visibleChallengeSql = (viewer: Viewer) =>
  visibleSql(viewer, { organisationId: Prisma.sql`c."organisationId"`, unpublishedAt: Prisma.sql`c."unpublishedAt"` });

export function createSuggestionsService(deps: { prisma: PrismaClient }) {
  const { prisma } = deps;

  /** Curators and members of the owning organisation; a thing the reader cannot see is 404. */
  function requireReader(viewer: Viewer, item: Parameters<typeof isVisible>[1] & { isDraft: boolean }) {
    if (!isVisible(viewer, item)) return false;
    if (!viewer.curator && !viewer.organisationIds.includes(item.organisationId)) {
      throw forbidden('Only curators and members of the organisation see its suggestions');
    }
    return true;
  }

  /**
   * The organisations that have run the challenge's methods, with the methods each ran: those
   * of labs naming a method (the housing company and its partners) and the actors of matches
   * naming it that got under way (agreed, active or completed).
   */
  async function methodsRunBy(challengeId: string): Promise<Map<string, MethodRef[]>> {
    const named = await prisma.challengeMethod.findMany({
      where: { challengeId },
      select: { method: { select: methodRefSelect } },
    });
    const ran = new Map<string, MethodRef[]>();
    if (named.length === 0) return ran;
    const methodIds = named.map((n) => n.method.id);
    const [labs, matches] = await Promise.all([
      prisma.labMethod.findMany({
        where: { methodId: { in: methodIds }, lab: { unpublishedAt: null } },
        select: {
          methodId: true,
          lab: { select: { organisationId: true, partners: { select: { organisationId: true } } } },
        },
      }),
      prisma.matchMethod.findMany({
        where: { methodId: { in: methodIds }, match: { state: { in: AGREED_PARTNER_STATES } } },
        select: { methodId: true, match: { select: { offering: { select: { organisationId: true } } } } },
      }),
    ]);
    const credit = (organisationId: string, methodId: string) => {
      const method = named.find((n) => n.method.id === methodId)?.method;
      const list = ran.get(organisationId) ?? [];
      if (method && !list.some((m) => m.id === methodId)) ran.set(organisationId, [...list, method]);
    };
    for (const { methodId, lab } of labs) {
      for (const organisationId of [lab.organisationId, ...lab.partners.map((p) => p.organisationId)]) {
        credit(organisationId, methodId);
      }
    }
    for (const { methodId, match } of matches) credit(match.offering.organisationId, methodId);
    return ran;
  }

  async function present(
    rows: SuggestionRow[],
    lang: Locale,
    includeWeak = false,
    ran: Map<string, MethodRef[]> = new Map(),
  ): Promise<SuggestionList> {
    const [challenges, offerings] = await Promise.all([
      prisma.challenge.findMany({ where: { id: { in: rows.map((r) => r.challengeId) } }, include: challengeInclude }),
      prisma.offering.findMany({ where: { id: { in: rows.map((r) => r.offeringId) } }, include: offeringInclude }),
    ]);
    const challengeById = new Map(challenges.map((c) => [c.id, c]));
    const offeringById = new Map(offerings.map((o) => [o.id, o]));
    const items: Suggestion[] = [];
    for (const row of rows) {
      const challenge = challengeById.get(row.challengeId);
      const offering = offeringById.get(row.offeringId);
      if (!challenge || !offering) continue;
      const { components, score, reasons, band } = toParts(row);
      const ranMethods = ran.get(offering.organisationId) ?? [];
      // An offering whose organisation has run the challenge's method is shown when it is local,
      // however its other parts score.
      const local = reasons.geography !== 'NONE' && reasons.geography !== 'NATIONAL';
      if (band === 'WEAK' && !includeWeak && !(ranMethods.length > 0 && local)) continue;
      const pair = { challenge: toChallengeSummary(challenge), offering: toOfferingSummary(offering) };
      items.push({
        ...pair,
        score,
        components,
        reasons,
        explanation: explain(reasons, lang),
        against: against(reasons, pair, lang),
        band,
        ranMethods,
      });
    }
    // The offerings that have run the challenge's method come first (the sort is stable).
    items.sort((a, b) => Number(b.ranMethods.length > 0) - Number(a.ranMethods.length > 0));
    // A challenge that already has an agreed partner goes after those still looking for one
    // (the sort is stable, so each group keeps its ranking).
    items.sort((a, b) => Number(a.challenge.hasAgreedPartner) - Number(b.challenge.hasAgreedPartner));
    return { items };
  }

  return {
    async forChallenge(user: AuthUser, id: string, query: SuggestionsQuery): Promise<SuggestionList> {
      const viewer = await loadViewer(prisma, user);
      const challenge = await prisma.challenge.findUnique({
        where: { id },
        select: {
          organisationId: true,
          unpublishedAt: true,
          status: true,
          organisation: { select: { verification: true } },
        },
      });
      if (!challenge || !requireReader(viewer, { ...challenge, isDraft: challenge.status === 'DRAFT' })) {
        throw notFound('The challenge');
      }
      // An open, public challenge has its best candidates cached (suggestion-cache.ts); beyond
      // them, or for a draft its company previews, every offering is ranked.
      const fromCache =
        challenge.status === 'OPEN' && challenge.unpublishedAt === null && query.limit <= CACHED_CANDIDATES;
      if (fromCache) await rankNeverRanked(prisma, Prisma.sql`c."id" = ${id}::uuid AND ${openChallengeSql}`);
      const rows = await rankSuggestions(prisma, {
        challenges: Prisma.sql`c."id" = ${id}::uuid`,
        offerings: visibleOfferingSql(viewer),
        per: 'challenge',
        perLimit: query.limit,
        limit: query.limit,
        cachedCandidatesOnly: fromCache,
        minScore: minScoreOf(query),
      });
      const ran = await methodsRunBy(id);
      if (ran.size > 0) {
        // Those that have run the method are ranked too, even below the usual line or cache.
        const experienced = await rankSuggestions(prisma, {
          challenges: Prisma.sql`c."id" = ${id}::uuid`,
          offerings: Prisma.sql`${visibleOfferingSql(viewer)} AND o."organisationId" IN (${Prisma.join(
            [...ran.keys()].map((orgId) => Prisma.sql`${orgId}::uuid`),
          )})`,
          per: 'challenge',
          perLimit: query.limit,
          limit: query.limit,
          minScore: 0,
        });
        const seen = new Set(rows.map((r) => r.offeringId));
        rows.push(...experienced.filter((r) => !seen.has(r.offeringId)));
      }
      const { items } = await present(rows, query.lang ?? user.locale, query.includeWeak, ran);
      return { items: items.slice(0, query.limit) };
    },

    async forOffering(user: AuthUser, id: string, query: SuggestionsQuery): Promise<SuggestionList> {
      const viewer = await loadViewer(prisma, user);
      const offering = await prisma.offering.findUnique({
        where: { id },
        select: {
          organisationId: true,
          unpublishedAt: true,
          status: true,
          organisation: { select: { verification: true } },
        },
      });
      if (!offering || !requireReader(viewer, { ...offering, isDraft: offering.status === 'DRAFT' })) {
        throw notFound('The offering');
      }
      const rows = await rankSuggestions(prisma, {
        challenges: Prisma.sql`${challengesForOfferingSql(id)} AND ${visibleChallengeSql(viewer)}`,
        offerings: Prisma.sql`o."id" = ${id}::uuid`,
        per: 'offering',
        perLimit: query.limit,
        limit: query.limit,
        minScore: minScoreOf(query),
      });
      return present(rows, query.lang ?? user.locale, query.includeWeak);
    },

    async queue(user: AuthUser, query: CuratorSuggestionsQuery): Promise<SuggestionList> {
      const viewer = await loadViewer(prisma, user);
      if (!viewer.curator) throw forbidden('Only curators see the suggestion queue');
      const filters: Prisma.Sql[] = [openChallengeSql];
      if (query.focusArea?.length) filters.push(Prisma.sql`c."focusArea" = ANY(${query.focusArea}::"FocusArea"[])`);
      if (query.region?.length) filters.push(Prisma.sql`left(c."municipalityCode", 2) = ANY(${query.region}::text[])`);
      if (query.municipality?.length) {
        filters.push(Prisma.sql`c."municipalityCode" = ANY(${query.municipality}::bpchar[])`);
      }
      const challenges = Prisma.join(filters, ' AND ');
      await rankNeverRanked(prisma, challenges);
      // Each challenge's cached candidates, scored and filtered live (suggestion-cache.ts).
      const rows = await rankSuggestions(prisma, {
        challenges,
        offerings: Prisma.sql`TRUE`,
        per: 'challenge',
        perLimit: query.perChallenge,
        limit: query.limit,
        cachedCandidatesOnly: true,
        minScore: minScoreOf(query),
      });
      return present(rows, query.lang ?? user.locale, query.includeWeak);
    },
  };
}

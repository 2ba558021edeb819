import { findMunicipality, type ChallengeSummary, type LabSummary, type OfferingSummary } from '@motesplats/contracts';
import { useId, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { useT, type Translate } from '../../../lib/i18n';
import { useOrganisationChallenges } from '../api/list-organisation-challenges';
import { useOrganisationLabs } from '../api/list-organisation-labs';
import { useOrganisationOfferings } from '../api/list-organisation-offerings';
import { ItemRow } from './item-row';
import { CHALLENGE_STATUS_TONE, LAB_STATUS_TONE, OFFERING_STATUS_TONE } from './item-status';

const PAGE_SIZE = 10;

function municipalityName(code: string): string {
  return findMunicipality(code)?.name ?? code;
}

export function labMeta(lab: LabSummary, t: Translate): string {
  return [
    `${lab.neighbourhood}, ${municipalityName(lab.municipalityCode)}`,
    lab.focusAreas.map((a) => t(`focusArea.${a}`)).join(', '),
  ].join(' · ');
}

export function challengeMeta(challenge: ChallengeSummary, t: Translate): string {
  const place = challenge.neighbourhood
    ? `${challenge.neighbourhood}, ${municipalityName(challenge.municipalityCode)}`
    : municipalityName(challenge.municipalityCode);
  return [place, t(`focusArea.${challenge.focusArea}`), challenge.lab?.name].filter(Boolean).join(' · ');
}

export function offeringMeta(offering: OfferingSummary, t: Translate): string {
  const where = offering.isNational
    ? t('orgItems.national')
    : offering.municipalityCodes.length > 3
      ? t('orgItems.municipalityCount', { count: offering.municipalityCodes.length })
      : offering.municipalityCodes.map(municipalityName).join(', ');
  return [where, offering.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')].filter(Boolean).join(' · ');
}

function pageOf(params: URLSearchParams, name: string): number {
  const page = Number(params.get(name));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

interface ListSectionProps {
  title: string;
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
    data?: { total: number; page: number; pageSize: number; items: unknown[] };
  };
  empty: string;
  pageParam: string;
  paginationLabel: string;
  children: ReactNode;
}

function ListSection({ title, query, empty, pageParam, paginationLabel, children }: ListSectionProps) {
  const t = useT();
  const id = useId();
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data || query.data.items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <p className="meta">{t('orgItems.count', { count: query.data.total })}</p>
          <ul className="list">{children}</ul>
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            param={pageParam}
            label={paginationLabel}
          />
        </>
      )}
    </section>
  );
}

export function OrganisationLabsSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const labs = useOrganisationLabs({
    organisation: organisationId,
    page: pageOf(params, 'labsPage'),
    pageSize: PAGE_SIZE,
  });
  return (
    <ListSection
      title={t('orgItems.labs.title')}
      query={labs}
      empty={t('orgItems.labs.empty')}
      pageParam="labsPage"
      paginationLabel={t('orgItems.labs.pagination')}
    >
      {labs.data?.items.map((lab) => (
        <ItemRow
          key={lab.id}
          href={`/labs/${lab.id}`}
          title={lab.name}
          meta={labMeta(lab, t)}
          status={{ label: t(`labStatus.${lab.status}`), tone: LAB_STATUS_TONE[lab.status] }}
          unpublished={lab.unpublishedAt !== null}
        />
      ))}
    </ListSection>
  );
}

export function OrganisationChallengesSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const challenges = useOrganisationChallenges({
    organisation: organisationId,
    page: pageOf(params, 'challengesPage'),
    pageSize: PAGE_SIZE,
  });
  return (
    <ListSection
      title={t('orgItems.challenges.title')}
      query={challenges}
      empty={t('orgItems.challenges.empty')}
      pageParam="challengesPage"
      paginationLabel={t('orgItems.challenges.pagination')}
    >
      {challenges.data?.items.map((challenge) => (
        <ItemRow
          key={challenge.id}
          href={`/challenges/${challenge.id}`}
          title={challenge.title}
          meta={challengeMeta(challenge, t)}
          status={{
            label: t(`challengeStatus.${challenge.status}`),
            tone: CHALLENGE_STATUS_TONE[challenge.status],
          }}
          unpublished={challenge.unpublishedAt !== null}
        />
      ))}
    </ListSection>
  );
}

export function OrganisationOfferingsSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const [params] = useSearchParams();
  const offerings = useOrganisationOfferings({
    organisation: organisationId,
    page: pageOf(params, 'offeringsPage'),
    pageSize: PAGE_SIZE,
  });
  return (
    <ListSection
      title={t('orgItems.offerings.title')}
      query={offerings}
      empty={t('orgItems.offerings.empty')}
      pageParam="offeringsPage"
      paginationLabel={t('orgItems.offerings.pagination')}
    >
      {offerings.data?.items.map((offering) => (
        <ItemRow
          key={offering.id}
          href={`/offerings/${offering.id}`}
          title={offering.title}
          meta={offeringMeta(offering, t)}
          status={{
            label: t(`offeringStatus.${offering.status}`),
            tone: OFFERING_STATUS_TONE[offering.status],
          }}
          unpublished={offering.unpublishedAt !== null}
        />
      ))}
    </ListSection>
  );
}

import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button';
import { Pagination } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { isApiError } from '../../../lib/api-client';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n, useT } from '../../../lib/i18n';
import { useOrganisationChallenges } from '../api/list-organisation-challenges';
import { useOrganisationLabs } from '../api/list-organisation-labs';
import { useOrganisationOfferings } from '../api/list-organisation-offerings';
import { canPublishChallenge, canPublishOffering, usePublishItem, type PublishTarget } from '../api/publish-item';
import { ItemRow } from './item-row';
import { CHALLENGE_STATUS_TONE, LAB_STATUS_TONE, OFFERING_STATUS_TONE } from './item-status';
import { challengeMeta, labMeta, offeringMeta } from './related-sections';

// Drafts are few and all shown (the largest page the API gives); the rest is paged.
const DRAFTS_PAGE_SIZE = 100;
const PAGE_SIZE = 10;

function pageOf(params: URLSearchParams, name: string): number {
  const page = Number(params.get(name));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  data?: { total: number; page: number; pageSize: number; items: unknown[] };
}

interface SubListProps {
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  query: ListQuery;
  empty: string;
  /** Only for the paged lists. */
  pagination?: { param: string; label: string };
  children: ReactNode;
}

function SubList({ title, headingRef, query, empty, pagination, children }: SubListProps) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      <h3 className="sublist-title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
        {query.data && <span className="meta"> ({formatNumber(query.data.total)})</span>}
      </h3>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data || query.data.items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <ul className="list">{children}</ul>
          {pagination && (
            <Pagination
              page={query.data.page}
              pageSize={query.data.pageSize}
              total={query.data.total}
              param={pagination.param}
              label={pagination.label}
            />
          )}
          {!pagination && query.data.total > query.data.items.length && (
            <p className="meta">
              {t('myOrganisation.moreDrafts', { count: query.data.total - query.data.items.length })}
            </p>
          )}
        </>
      )}
    </>
  );
}

interface PublishButtonProps {
  target: PublishTarget;
  title: string;
  label: string;
  onPublished: (title: string) => void;
}

/** Publishes one item; a refusal is shown beside the button that caused it. */
function PublishButton({ target, title, label, onPublished }: PublishButtonProps) {
  const t = useT();
  const publish = usePublishItem();
  return (
    <>
      <Button
        busy={publish.isPending}
        onClick={() =>
          publish.mutateAsync(target).then(
            () => onPublished(title),
            () => undefined,
          )
        }
      >
        {label}
        <span className="visually-hidden"> {title}</span>
      </Button>
      {publish.isError && (
        <p className="field__error" role="alert">
          {t(
            isApiError(publish.error, 'VERSION_CONFLICT')
              ? 'myOrganisation.publishConflict'
              : apiErrorMessageKey(publish.error),
          )}
        </p>
      )}
    </>
  );
}

function usePublishedNotice() {
  const [published, setPublished] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  return {
    heading,
    published,
    onPublished: (title: string) => {
      setPublished(title);
      // The row has moved to the published list; focus goes to the list it left.
      heading.current?.focus();
    },
  };
}

export function MyChallengesSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const id = useId();
  const [params] = useSearchParams();
  const drafts = useOrganisationChallenges({
    organisation: organisationId,
    status: ['DRAFT'],
    page: 1,
    pageSize: DRAFTS_PAGE_SIZE,
  });
  const others = useOrganisationChallenges({
    organisation: organisationId,
    status: ['OPEN', 'IN_PROGRESS', 'CLOSED'],
    page: pageOf(params, 'challengesPage'),
    pageSize: PAGE_SIZE,
  });
  const notice = usePublishedNotice();
  const row = (challenge: NonNullable<typeof drafts.data>['items'][number]) => (
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
      actions={
        canPublishChallenge(challenge.status) ? (
          <PublishButton
            target={{ kind: 'challenge', id: challenge.id }}
            title={challenge.title}
            label={t('myOrganisation.publish')}
            onPublished={notice.onPublished}
          />
        ) : undefined
      }
    />
  );
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('orgItems.challenges.title')}</h2>
      <SubList
        title={t('myOrganisation.drafts')}
        headingRef={notice.heading}
        query={drafts}
        empty={t('myOrganisation.challenges.noDrafts')}
      >
        {drafts.data?.items.map(row)}
      </SubList>
      <StatusMessage message={notice.published ? t('myOrganisation.published', { title: notice.published }) : null} />
      <SubList
        title={t('myOrganisation.challenges.others')}
        query={others}
        empty={t('myOrganisation.challenges.noOthers')}
        pagination={{ param: 'challengesPage', label: t('orgItems.challenges.pagination') }}
      >
        {others.data?.items.map(row)}
      </SubList>
    </section>
  );
}

export function MyOfferingsSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const id = useId();
  const [params] = useSearchParams();
  const drafts = useOrganisationOfferings({
    organisation: organisationId,
    status: ['DRAFT'],
    page: 1,
    pageSize: DRAFTS_PAGE_SIZE,
  });
  const others = useOrganisationOfferings({
    organisation: organisationId,
    status: ['PUBLISHED', 'ARCHIVED'],
    page: pageOf(params, 'offeringsPage'),
    pageSize: PAGE_SIZE,
  });
  const notice = usePublishedNotice();
  const row = (offering: NonNullable<typeof drafts.data>['items'][number]) => (
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
      actions={
        canPublishOffering(offering.status) ? (
          <PublishButton
            target={{ kind: 'offering', id: offering.id }}
            title={offering.title}
            label={t(offering.status === 'DRAFT' ? 'myOrganisation.publish' : 'myOrganisation.republish')}
            onPublished={notice.onPublished}
          />
        ) : undefined
      }
    />
  );
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('orgItems.offerings.title')}</h2>
      <SubList
        title={t('myOrganisation.drafts')}
        headingRef={notice.heading}
        query={drafts}
        empty={t('myOrganisation.offerings.noDrafts')}
      >
        {drafts.data?.items.map(row)}
      </SubList>
      <StatusMessage message={notice.published ? t('myOrganisation.published', { title: notice.published }) : null} />
      <SubList
        title={t('myOrganisation.offerings.others')}
        query={others}
        empty={t('myOrganisation.offerings.noOthers')}
        pagination={{ param: 'offeringsPage', label: t('orgItems.offerings.pagination') }}
      >
        {others.data?.items.map(row)}
      </SubList>
    </section>
  );
}

/** Labs have no drafts (they are public from PLANNING on), so they form one list. */
export function MyLabsSection({ organisationId }: { organisationId: string }) {
  const t = useT();
  const id = useId();
  const [params] = useSearchParams();
  const labs = useOrganisationLabs({
    organisation: organisationId,
    page: pageOf(params, 'labsPage'),
    pageSize: PAGE_SIZE,
  });
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('orgItems.labs.title')}</h2>
      {labs.isPending ? (
        <Loading />
      ) : labs.isError ? (
        <LoadError error={labs.error} onRetry={() => void labs.refetch()} />
      ) : labs.data.items.length === 0 ? (
        <EmptyState>{t('orgItems.labs.empty')}</EmptyState>
      ) : (
        <>
          <ul className="list">
            {labs.data.items.map((lab) => (
              <ItemRow
                key={lab.id}
                href={`/labs/${lab.id}`}
                title={lab.name}
                meta={labMeta(lab, t)}
                status={{ label: t(`labStatus.${lab.status}`), tone: LAB_STATUS_TONE[lab.status] }}
                unpublished={lab.unpublishedAt !== null}
              />
            ))}
          </ul>
          <Pagination
            page={labs.data.page}
            pageSize={labs.data.pageSize}
            total={labs.data.total}
            param="labsPage"
            label={t('orgItems.labs.pagination')}
          />
        </>
      )}
    </section>
  );
}

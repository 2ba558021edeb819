import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../lib/api-client';
import { apiErrorMessageKey } from '../../lib/error-messages';
import { useI18n, useT } from '../../lib/i18n';
import { Button } from '../button';
import { Pagination, pageFromParams } from '../pagination';
import { EmptyState, LoadError, Loading } from '../query-states';
import { StatusMessage } from '../status-message';
import {
  canPublish,
  itemPath,
  type ItemKind,
  type ItemKindName,
  type ItemList,
  type ItemSummary,
  type OrganisationItemsQuery,
} from './item-kind';
import { ItemRow } from './item-row';
import './marketplace.css';

// Drafts are few and all shown (the largest page the API gives); the rest is paged.
const DRAFTS_PAGE_SIZE = 100;
const PAGE_SIZE = 10;

/** One organisation's items of a kind; its members and curators also get drafts and unpublished ones. */
function useOrganisationItems<S extends string, T extends ItemSummary<S>>(
  kind: ItemKind<S, T>,
  query: OrganisationItemsQuery<S>,
): UseQueryResult<ItemList<T>> {
  return useQuery({
    queryKey: kind.keys.list(query),
    queryFn: ({ signal }) => kind.list(query, signal),
    placeholderData: keepPreviousData,
  });
}

function useItemRow<S extends string, T extends ItemSummary<S>>(kind: ItemKind<S, T>) {
  const t = useT();
  return (item: T, actions?: ReactNode) => (
    <ItemRow
      key={item.id}
      href={itemPath(kind, item.id)}
      title={kind.titleOf(item)}
      meta={kind.metaOf(item, t)}
      status={{ label: kind.status.label(item.status, t), tone: kind.status.tone[item.status] }}
      unpublished={item.unpublishedAt !== null}
      actions={actions}
    />
  );
}

interface ItemsProps<S extends string, T extends ItemSummary<S>> {
  kind: ItemKind<S, T>;
  organisationId: string;
}

/** An organisation's items of one kind on its public page, paged (?challengesPage=2). */
export function OrganisationItemsSection<S extends string, T extends ItemSummary<S>>({
  kind,
  organisationId,
  count = true,
}: ItemsProps<S, T> & { count?: boolean }) {
  const t = useT();
  const id = useId();
  const [params] = useSearchParams();
  const pageParam = `${kind.name}Page`;
  const list = useOrganisationItems(kind, {
    organisation: organisationId,
    page: pageFromParams(params, pageParam),
    pageSize: PAGE_SIZE,
  });
  const row = useItemRow(kind);
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(`orgItems.${kind.name}.title`)}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState>{t(`orgItems.${kind.name}.empty`)}</EmptyState>
      ) : (
        <>
          {count && <p className="meta">{t('orgItems.count', { count: list.data.total })}</p>}
          <ul className="list">{list.data.items.map((item) => row(item))}</ul>
          <Pagination list={list.data} param={pageParam} label={t(`orgItems.${kind.name}.pagination`)} />
        </>
      )}
    </section>
  );
}

interface SubListProps {
  title: string;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  query: UseQueryResult<ItemList<unknown>>;
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
      ) : query.data.items.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <>
          <ul className="list">{children}</ul>
          {pagination && <Pagination list={query.data} param={pagination.param} label={pagination.label} />}
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
  publish: (id: string) => Promise<unknown>;
  refresh: () => Promise<unknown>;
  id: string;
  title: string;
  label: string;
  onPublished: (title: string) => void;
}

/** Publishes one item; a refusal is shown beside the button that caused it. */
function PublishButton({ publish, refresh, id, title, label, onPublished }: PublishButtonProps) {
  const t = useT();
  // Whatever the outcome (a conflict included), the lists are read again to show the truth.
  const mutation = useMutation({ mutationFn: publish, onSettled: refresh });
  return (
    <>
      <Button
        busy={mutation.isPending}
        onClick={() =>
          mutation.mutateAsync(id).then(
            () => onPublished(title),
            () => undefined,
          )
        }
      >
        {label}
        <span className="visually-hidden"> {title}</span>
      </Button>
      {mutation.isError && (
        <p className="field__error" role="alert">
          {t(
            isApiError(mutation.error, 'VERSION_CONFLICT')
              ? 'myOrganisation.publishConflict'
              : apiErrorMessageKey(mutation.error),
          )}
        </p>
      )}
    </>
  );
}

export interface OwnItemsSectionProps<S extends string, T extends ItemSummary<S>> extends ItemsProps<S, T> {
  /** Refreshes what other features show of the kind once one is published. */
  onPublished?: () => unknown;
}

/**
 * An organisation's own items of one kind, for its members: the drafts first, each with a
 * button to publish it, then the rest, paged. A kind without drafts is one list.
 */
export function OwnItemsSection<S extends string, T extends ItemSummary<S>>({
  kind,
  organisationId,
  onPublished,
}: OwnItemsSectionProps<S, T>) {
  const { draft, tone } = kind.status;
  if (draft === undefined)
    return <OrganisationItemsSection kind={kind} organisationId={organisationId} count={false} />;
  const others = (Object.keys(tone) as S[]).filter((status) => status !== draft);
  return (
    <DraftsAndOthers
      kind={kind}
      organisationId={organisationId}
      draft={draft}
      others={others}
      onPublished={onPublished}
    />
  );
}

function DraftsAndOthers<S extends string, T extends ItemSummary<S>>({
  kind,
  organisationId,
  draft,
  others,
  onPublished,
}: OwnItemsSectionProps<S, T> & { draft: S; others: S[] }) {
  const t = useT();
  const id = useId();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const pageParam = `${kind.name}Page`;
  const drafts = useOrganisationItems(kind, {
    organisation: organisationId,
    status: [draft],
    page: 1,
    pageSize: DRAFTS_PAGE_SIZE,
  });
  const rest = useOrganisationItems(kind, {
    organisation: organisationId,
    status: others,
    page: pageFromParams(params, pageParam),
    pageSize: PAGE_SIZE,
  });
  const [published, setPublished] = useState<string | null>(null);
  const draftsHeading = useRef<HTMLHeadingElement>(null);
  const row = useItemRow(kind);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: kind.keys.all }), onPublished?.()]);
  const withPublish = (item: T) =>
    row(
      item,
      kind.publish && canPublish(kind, item.status) && (
        <PublishButton
          publish={kind.publish}
          refresh={refresh}
          id={item.id}
          title={kind.titleOf(item)}
          label={t(item.status === draft ? 'myOrganisation.publish' : 'myOrganisation.republish')}
          onPublished={(title) => {
            setPublished(title);
            // The row has moved to the published list; focus goes to the list it left.
            draftsHeading.current?.focus();
          }}
        />
      ),
    );
  // Only kinds with drafts have these texts.
  const name = kind.name as Exclude<ItemKindName, 'labs'>;

  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(`orgItems.${kind.name}.title`)}</h2>
      <SubList
        title={t('myOrganisation.drafts')}
        headingRef={draftsHeading}
        query={drafts}
        empty={t(`myOrganisation.${name}.noDrafts`)}
      >
        {drafts.data?.items.map(withPublish)}
      </SubList>
      <StatusMessage message={published ? t('myOrganisation.published', { title: published }) : null} />
      <SubList
        title={t(`myOrganisation.${name}.others`)}
        query={rest}
        empty={t(`myOrganisation.${name}.noOthers`)}
        pagination={{ param: pageParam, label: t(`orgItems.${kind.name}.pagination`) }}
      >
        {rest.data?.items.map(withPublish)}
      </SubList>
    </section>
  );
}

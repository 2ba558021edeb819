import type { ContentLanguage } from '@motesplats/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n';
import { isCurator, useMe } from '../../lib/session';
import { isNotFound } from '../not-found';
import { usePageTitle } from '../page-title';
import { UserText } from '../user-text';
import { StatusMessage } from '../status-message';
import { ActionError } from './action-error';
import { itemPath, type ItemKind, type ItemSummary, type PublishableItem } from './item-kind';
import { ModerationPanel, UnpublishedNotice } from './moderation-panel';
import { RecordLoadState } from './record-load-state';
import { StatusActions } from './status-actions';
import { StatusBadge } from './status-badge';
import { useModeration } from './use-moderation';

/** The part of a kind's update mutation that changes the status at the version read. */
export interface StatusUpdate<S extends string> {
  mutate: (
    body: { status: S; version: number },
    callbacks: { onSuccess: () => void; onError: (error: unknown) => void },
  ) => void;
  isPending: boolean;
  variables?: { status?: S };
}

export interface ItemPageProps<S extends string, R extends ItemSummary<S>, T extends R & PublishableItem<S>> {
  kind: ItemKind<S, R>;
  query: UseQueryResult<T>;
  update: StatusUpdate<S>;
  /** Refreshes what other features show of the item once a curator moderated it. */
  onModerated?: () => unknown;
  /** More actions for those who may edit, beside "Edit" and the status buttons. */
  actions?: (item: T) => ReactNode;
  /** The item's own facts and sections, between the actions and the curators' panel. */
  children: (item: T) => ReactNode;
}

/**
 * The page of one published thing, whatever its kind: the way back to the list, its name and
 * status, a curator's notice, "Edit" and the status buttons the transition table allows for
 * those who may edit, the kind's own content, and the curators' moderation panel.
 */
export function ItemPage<S extends string, R extends ItemSummary<S>, T extends R & PublishableItem<S>>({
  kind,
  query,
  update,
  onModerated,
  actions,
  children,
}: ItemPageProps<S, R, T>) {
  const { t } = useI18n();
  const me = useMe();
  const moderation = useModeration(kind, { onSuccess: onModerated });
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const pageTitle = t(`${kind.name}.detail.title`);
  const notFound = {
    title: t(`${kind.name}.notFound`),
    list: { to: itemPath(kind), label: t(`${kind.name}.backToList`) },
  };
  usePageTitle(query.data ? kind.titleOf(query.data) : isNotFound(query.error) ? notFound.title : pageTitle);

  if (query.isPending || query.isError) {
    return <RecordLoadState title={pageTitle} query={query} className="page" notFound={notFound} />;
  }
  const item = query.data;

  const changeStatus = (status: S) => {
    setFailure(null);
    update.mutate(
      { status, version: item.version },
      {
        onSuccess: () => setMessage(t('marketplace.statusChanged', { status: kind.status.label(status, t) })),
        onError: setFailure,
      },
    );
  };

  return (
    <article className="page">
      <p className="meta">
        <Link to={itemPath(kind)}>{t(`${kind.name}.backToList`)}</Link>
      </p>
      <UserText as="h1" lang={item.language}>
        {kind.titleOf(item)}
      </UserText>
      <p>
        <StatusBadge table={kind.status} status={item.status} />
      </p>
      <UnpublishedNotice unpublishedAt={item.unpublishedAt} reason={item.unpublishedReason} />
      {item.canEdit && item.organisation.verification !== 'VERIFIED' && (
        // Its own members are told why nobody else finds it yet.
        <div className="notice notice--warning">
          <p>
            {t('marketplace.hiddenUntilVerified', { name: item.organisation.name })}{' '}
            <Link to={`/my-organisation/${item.organisation.id}`}>{t('marketplace.hiddenUntilVerifiedMore')}</Link>
          </p>
        </div>
      )}
      {item.summary && (
        <UserText as="p" lang={item.language} className="lead">
          {item.summary}
        </UserText>
      )}
      <StatusMessage message={message} />
      <ActionError error={failure} />
      {item.canEdit && (
        <div className="detail-actions">
          <Link className="button button--secondary" to={`${itemPath(kind, item.id)}/edit`}>
            {t('marketplace.edit')}
          </Link>
          {actions?.(item)}
          <StatusActions
            next={kind.status.next[item.status]}
            labelOf={(status) => kind.status.action(status, t)}
            onChange={changeStatus}
            pending={update.isPending ? (update.variables?.status ?? null) : null}
          />
        </div>
      )}
      {children(item)}
      {isCurator(me) && (
        <ModerationPanel
          unpublished={item.unpublishedAt !== null}
          onModerate={async (action, body) => {
            await moderation.mutateAsync({ id: item.id, action, ...body, version: item.version });
            setMessage(t(action === 'unpublish' ? 'marketplace.unpublishedDone' : 'marketplace.restoredDone'));
          }}
        />
      )}
    </article>
  );
}

/** One fact of an item; a fact without a value is left out. */
export type Fact = readonly [term: string, value: ReactNode] | false | '' | null | undefined;

/** The item's facts as a description list (organisation, place, focus areas, period, …). */
export function Facts({ facts }: { facts: readonly Fact[] }) {
  return (
    <dl className="facts">
      {facts.map(
        (fact) =>
          fact && (
            <div key={fact[0]}>
              <dt>{fact[0]}</dt>
              <dd>{fact[1]}</dd>
            </div>
          ),
      )}
    </dl>
  );
}

/** Longer texts of an item, each under its heading; an empty one is left out. */
export function ProseSections({
  sections,
  lang,
}: {
  sections: readonly (readonly [heading: string, text: string | null])[];
  /** The language the texts were written in (the item's); the headings are the reader's. */
  lang: ContentLanguage | undefined;
}) {
  return sections.map(
    ([heading, text]) =>
      text && (
        <section key={heading} className="section">
          <h2>{heading}</h2>
          <UserText as="p" lang={lang} className="prose">
            {text}
          </UserText>
        </section>
      ),
  );
}

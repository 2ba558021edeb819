import type { SessionInfo } from '@motesplats/contracts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { Pagination, usePageParam } from '../../../components/pagination';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';
import { useSessions } from '../api/list-sessions';
import { useRevokeSession } from '../api/revoke-session';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';
import { describeUserAgent } from './user-agent';

function SessionItem({ session, onSignedOut }: { session: SessionInfo; onSignedOut: () => void }) {
  const { t, formatDateTime } = useI18n();
  const revoke = useRevokeSession();
  const { browser, system } = describeUserAgent(session.userAgent);
  const device =
    browser && system
      ? t('account.sessions.device', { browser, system })
      : (browser ?? system ?? t('account.sessions.unknownDevice'));
  return (
    <li className="list-item">
      <div className="list-item__main">
        <p className="list-item__title">
          {device}
          {session.current && <span className="badge badge--info">{t('account.sessions.current')}</span>}
        </p>
        <p className="meta">
          {t('account.sessions.lastSeen', { time: formatDateTime(session.lastSeenAt) })} ·{' '}
          {t('account.sessions.started', { time: formatDateTime(session.createdAt) })}
        </p>
        {revoke.isError && (
          <p className="field__error" role="alert">
            {t(apiErrorMessageKey(revoke.error))}
          </p>
        )}
      </div>
      {!session.current && (
        <Button
          variant="secondary"
          busy={revoke.isPending}
          onClick={() => revoke.mutateAsync(session.id).then(onSignedOut, () => undefined)}
        >
          {t('account.sessions.signOut')}
          <span className="visually-hidden">
            {' '}
            {device}, {t('account.sessions.started', { time: formatDateTime(session.createdAt) })}
          </span>
        </Button>
      )}
    </li>
  );
}

const SESSIONS_PAGE = 'sessionsPage';

export function SessionsSection() {
  const { t } = useI18n();
  const sessions = useSessions(usePageParam(SESSIONS_PAGE));
  const signOutEverywhere = useSignOutEverywhere();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The signed-out session leaves the list (and its button with it): focus goes to the heading.
  const onSignedOut = () => {
    setNotice(t('account.sessions.signedOut'));
    heading.current?.focus();
  };
  return (
    <section className="section">
      <h2 id="sessions-title" ref={heading} tabIndex={-1}>
        {t('account.sessions.title')}
      </h2>
      <p>{t('account.sessions.intro')}</p>
      {sessions.isPending ? (
        <Loading />
      ) : sessions.isError ? (
        <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.items.length === 0 ? (
        <EmptyState>{t('account.sessions.empty')}</EmptyState>
      ) : (
        <ul className="list">
          {sessions.data.items.map((session) => (
            <SessionItem key={session.id} session={session} onSignedOut={onSignedOut} />
          ))}
        </ul>
      )}
      {sessions.data && (
        <Pagination list={sessions.data} param={SESSIONS_PAGE} label={t('account.sessions.pagination')} />
      )}
      <StatusMessage message={notice} />
      <h3 id="sign-out-everywhere-title">{t('account.signOutEverywhere.title')}</h3>
      <p>{t('account.signOutEverywhere.intro')}</p>
      {signOutEverywhere.isError && (
        <p className="field__error" role="alert">
          {t(apiErrorMessageKey(signOutEverywhere.error))}
        </p>
      )}
      <ConfirmButton
        question={t('account.signOutEverywhere.question')}
        confirmLabel={t('account.signOutEverywhere.confirm')}
        busy={signOutEverywhere.isPending}
        onConfirm={() =>
          signOutEverywhere.mutateAsync().then(
            ({ sessionsEnded, tokensRevoked }) => {
              setNotice(t('account.signOutEverywhere.done', { sessions: sessionsEnded, tokens: tokensRevoked }));
              heading.current?.focus();
            },
            () => undefined,
          )
        }
      >
        {t('account.signOutEverywhere.button')}
      </ConfirmButton>
    </section>
  );
}

import type { StoredEmail } from '@motesplats/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { usePageTitle } from '../../../components/page-title';
import { isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useDevMail } from '../../../features/dev-mail/api/list-dev-mail';
import { splitMailText } from '../../../features/dev-mail/components/mail-text';

function MailBody({ text }: { text: string }) {
  return (
    <div className="mail__body">
      {splitMailText(text, window.location.origin).map((part, index) =>
        part.kind === 'text' ? (
          <span key={index}>{part.text}</span>
        ) : part.internal ? (
          <Link key={index} to={part.href}>
            {part.text}
          </Link>
        ) : (
          <a key={index} href={part.href} rel="noopener noreferrer">
            {part.text}
          </a>
        ),
      )}
    </div>
  );
}

function MailItem({ mail }: { mail: StoredEmail }) {
  const { t, formatDateTime } = useI18n();
  const titleId = `mail-${mail.id}`;
  return (
    <li>
      <article className="mail" aria-labelledby={titleId}>
        <h2 id={titleId} className="mail__subject">
          {mail.subject}
        </h2>
        <p className="meta">
          {t('devMail.to', { to: mail.to })} · <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
        </p>
        <MailBody text={mail.text} />
      </article>
    </li>
  );
}

export function DevMailPage() {
  const { t } = useI18n();
  usePageTitle(t('devMail.title'));
  const mail = useDevMail();
  return (
    <div className="page">
      <h1>{t('devMail.title')}</h1>
      <p className="lead">{t('devMail.intro')}</p>
      <p>
        <Button variant="secondary" busy={mail.isFetching} onClick={() => void mail.refetch()}>
          {t('devMail.refresh')}
        </Button>
      </p>
      {mail.isPending ? (
        <Loading />
      ) : isApiError(mail.error, 'NOT_FOUND') ? (
        <p>{t('devMail.unavailable')}</p>
      ) : mail.isError ? (
        <LoadError error={mail.error} onRetry={() => void mail.refetch()} />
      ) : mail.data.items.length === 0 ? (
        <EmptyState>{t('devMail.empty')}</EmptyState>
      ) : (
        <>
          <p role="status" className="meta">
            {t('devMail.count', { count: mail.data.total })}
          </p>
          <ol className="mail-list">
            {mail.data.items.map((item) => (
              <MailItem key={item.id} mail={item} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

import type { CreatedIdea } from '@motesplats/contracts';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { CopyButton } from '../../../components/copy-button';
import { usePageTitle } from '../../../components/page-title';
import { Loading, LoadError } from '../../../components/query-states';
import { useSendIdea } from '../../../features/ideas/api/send-idea';
import { IdeaForm } from '../../../features/ideas/components/idea-form';
import { useLabs } from '../../../features/labs/api/list-labs';
import { useT } from '../../../lib/i18n';

/** The sender's private link: the secret in the fragment, which browsers never send to a server. */
export function followUpUrl(token: string): string {
  return `${window.location.origin}/ideas/follow-up#${token}`;
}

function Sent({ created }: { created: CreatedIdea }) {
  const t = useT();
  const url = followUpUrl(created.followUpToken);
  return (
    <div className="page">
      <h1 tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t('ideas.sent.title')}
      </h1>
      <p className="lead">{t('ideas.sent.intro')}</p>
      <div className="panel">
        <h2>{t('ideas.sent.linkTitle')}</h2>
        <p>{t('ideas.sent.linkHelp')}</p>
        <p>
          <label className="field__label" htmlFor="follow-up-link">
            {t('ideas.sent.link')}
          </label>
          <input id="follow-up-link" className="input" readOnly value={url} />
        </p>
        <p className="inline-actions">
          <CopyButton text={url} label={t('ideas.sent.copy')} inputId="follow-up-link" />
          <Link className="button button--secondary" to={`/ideas/follow-up#${created.followUpToken}`}>
            {t('ideas.sent.open')}
          </Link>
        </p>
      </div>
      <p>
        <Link to="/ideas">{t('ideas.backToList')}</Link>
      </p>
    </div>
  );
}

/** Anyone sends an idea to a lab, without an account, in plain words with help beside each field. */
export function SendIdeaPage() {
  const t = useT();
  usePageTitle(t('ideas.new.title'));
  const [params] = useSearchParams();
  const labs = useLabs({ page: 1, pageSize: 100 });
  const send = useSendIdea();
  const [created, setCreated] = useState<CreatedIdea | null>(null);
  if (created) return <Sent created={created} />;
  return (
    <div className="page page--narrow">
      <h1>{t('ideas.new.title')}</h1>
      <p className="lead">{t('ideas.new.intro')}</p>
      <div className="notice">
        <h2 className="notice__title">{t('ideas.new.howTitle')}</h2>
        <ol>
          <li>{t('ideas.new.how1')}</li>
          <li>{t('ideas.new.how2')}</li>
          <li>{t('ideas.new.how3')}</li>
        </ol>
        <p lang={t('ideas.new.otherLanguageCode')}>{t('ideas.new.otherLanguage')}</p>
      </div>
      {labs.isPending ? (
        <Loading />
      ) : labs.isError ? (
        <LoadError error={labs.error} onRetry={() => void labs.refetch()} />
      ) : (
        <IdeaForm
          labs={labs.data.items.map((lab) => ({ value: lab.id, label: `${lab.name} (${lab.neighbourhood})` }))}
          labId={params.get('lab') ?? undefined}
          onSubmit={async (body) => setCreated(await send.mutateAsync(body))}
        />
      )}
    </div>
  );
}

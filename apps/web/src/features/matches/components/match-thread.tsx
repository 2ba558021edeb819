import { PostMessageBody } from '@motesplats/contracts';
import { useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { useMessages } from '../api/list-messages';
import { usePostMessage } from '../api/post-message';
import { threadOrder } from './thread-order';

/**
 * The two organisations' (and curators') conversation about the match: the newest message at the
 * bottom, older ones on request above, and the box to write in below.
 */
export function MatchThread({ matchId }: { matchId: string }) {
  const { t, formatDateTime } = useI18n();
  const messages = useMessages(matchId);
  const post = usePostMessage(matchId);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useContractForm(PostMessageBody, { scope: 'matchMessage', defaultValues: { body: '' } });

  const thread = threadOrder(messages.data?.pages ?? []);

  const loadOlder = async () => {
    const result = await messages.fetchNextPage();
    // The button leaves with the last page; focus then goes to the thread's heading, not nowhere.
    if (!result.hasNextPage) headingRef.current?.focus();
  };

  return (
    <section className="section" aria-labelledby="thread-title">
      <h2 id="thread-title" ref={headingRef} tabIndex={-1}>
        {t('matches.thread.title')}
      </h2>
      <p className="meta">{t('matches.thread.intro')}</p>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <LoadError error={messages.error} onRetry={() => void messages.refetch()} />
      ) : (
        <>
          {messages.hasNextPage && (
            <p>
              <Button variant="secondary" busy={messages.isFetchingNextPage} onClick={() => void loadOlder()}>
                {t('matches.thread.older')}
              </Button>
            </p>
          )}
          {thread.length === 0 ? (
            <EmptyState>{t('matches.thread.empty')}</EmptyState>
          ) : (
            <ol className="thread" aria-label={t('matches.thread.listLabel')}>
              {thread.map((message) => (
                <li key={message.id} className="thread__message">
                  <p className="thread__author">
                    <strong>
                      {message.author?.formerMember
                        ? t('common.formerMember')
                        : (message.author?.name ?? t('matches.thread.unknownAuthor'))}
                    </strong>
                    {message.organisation ? `, ${message.organisation.name}` : `, ${t('matches.thread.curator')}`}
                    {' · '}
                    <time className="meta" dateTime={message.createdAt}>
                      {formatDateTime(message.createdAt)}
                    </time>
                  </p>
                  <p className="prose thread__body">{message.body}</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      <StatusMessage message={status} />
      <ContractForm
        form={form}
        scope="matchMessage"
        aria-labelledby="thread-title"
        labels={{ body: t('matches.thread.message') }}
        submitLabel={t('matches.thread.send')}
        onSubmit={async (body) => {
          setStatus(null);
          await post.mutateAsync(body);
          form.reset({ body: '' });
          setStatus(t('matches.thread.sent'));
          form.setFocus('body');
        }}
      >
        <TextareaField form={form} name="body" label={t('matches.thread.message')} rows={4} />
      </ContractForm>
    </section>
  );
}

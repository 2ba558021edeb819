import { CreateApiTokenBody, type ApiTokenInfo, type CreatedApiToken } from '@motesplats/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../../components/button';
import { ConfirmButton } from '../../../components/confirm-button';
import { CopyButton } from '../../../components/copy-button';
import { Pagination, usePageParam } from '../../../components/pagination';
import { ContractForm } from '../../../components/form/contract-form';
import { TextField } from '../../../components/form/text-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { EmptyState, LoadError, Loading } from '../../../components/query-states';
import { StatusMessage } from '../../../components/status-message';
import { apiErrorMessageKey } from '../../../lib/error-messages';
import { useI18n } from '../../../lib/i18n';
import { useCreateApiToken } from '../api/create-api-token';
import { useApiTokens } from '../api/list-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';

function NewToken({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="notice notice--success" tabIndex={-1}>
      <h3 id="new-token-title">{t('account.tokens.createdTitle', { name: token.name })}</h3>
      <p>
        <strong>{t('account.tokens.createdWarning')}</strong>
      </p>
      <div className="field">
        <label className="field__label" htmlFor="new-token-value">
          {t('account.tokens.tokenLabel')}
        </label>
        <div className="inline-actions">
          <input
            id="new-token-value"
            className="input input--full input--code"
            readOnly
            value={token.token}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton text={token.token} label={t('account.tokens.copy')} inputId="new-token-value" />
        </div>
      </div>
      <Button variant="secondary" onClick={onDone}>
        {t('account.tokens.done')}
      </Button>
    </div>
  );
}

function TokenItem({ token, onRevoked }: { token: ApiTokenInfo; onRevoked: () => void }) {
  const { t, formatDate } = useI18n();
  const revoke = useRevokeApiToken();
  const expired = token.expiresAt !== null && new Date(token.expiresAt) < new Date();
  return (
    <li className="list-item">
      <div className="list-item__main">
        <p className="list-item__title">
          {token.name} <code>{token.prefix}…</code>
          {token.revokedAt && <span className="badge badge--muted">{t('account.tokens.revoked')}</span>}
          {!token.revokedAt && expired && <span className="badge badge--muted">{t('account.tokens.expired')}</span>}
        </p>
        <p className="meta">
          {t('account.tokens.created', { date: formatDate(token.createdAt) })} ·{' '}
          {token.lastUsedAt
            ? t('account.tokens.lastUsed', { date: formatDate(token.lastUsedAt) })
            : t('account.tokens.neverUsed')}{' '}
          ·{' '}
          {token.expiresAt
            ? t('account.tokens.expires', { date: formatDate(token.expiresAt) })
            : t('account.tokens.noExpiry')}
        </p>
        {revoke.isError && (
          <p className="field__error" role="alert">
            {t(apiErrorMessageKey(revoke.error))}
          </p>
        )}
      </div>
      {!token.revokedAt && !expired && (
        <ConfirmButton
          context={token.name}
          question={t('account.tokens.revokeQuestion', { name: token.name })}
          confirmLabel={t('account.tokens.revokeConfirm')}
          busy={revoke.isPending}
          onConfirm={() => revoke.mutateAsync(token.id).then(onRevoked, () => undefined)}
        >
          {t('account.tokens.revoke')}
        </ConfirmButton>
      )}
    </li>
  );
}

const TOKENS_PAGE = 'tokensPage';

export function ApiTokensSection() {
  const { t } = useI18n();
  const tokens = useApiTokens(usePageParam(TOKENS_PAGE));
  const createToken = useCreateApiToken();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The revoke button goes away with the answer: focus goes to the heading, the outcome is read out.
  const onRevoked = (token: ApiTokenInfo) => {
    if (created?.id === token.id) setCreated(null);
    setNotice(t('account.tokens.revokedNotice', { name: token.name }));
    heading.current?.focus();
  };
  const form = useContractForm(CreateApiTokenBody, { scope: 'apiToken', defaultValues: { name: '' } });

  return (
    <section className="section">
      <h2 id="tokens-title" ref={heading} tabIndex={-1}>
        {t('account.tokens.title')}
      </h2>
      <p>{t('account.tokens.intro')}</p>
      {created && <NewToken token={created} onDone={() => setCreated(null)} />}
      {tokens.isPending ? (
        <Loading />
      ) : tokens.isError ? (
        <LoadError error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState>{t('account.tokens.empty')}</EmptyState>
      ) : (
        <ul className="list">
          {tokens.data.items.map((token) => (
            <TokenItem key={token.id} token={token} onRevoked={() => onRevoked(token)} />
          ))}
        </ul>
      )}
      {tokens.data && <Pagination list={tokens.data} param={TOKENS_PAGE} label={t('account.tokens.pagination')} />}
      <StatusMessage message={notice} />
      <h3 id="create-token-title">{t('account.tokens.createTitle')}</h3>
      <ContractForm
        form={form}
        scope="apiToken"
        labels={{ name: t('field.tokenName'), expiresInDays: t('field.expiresInDays') }}
        submitLabel={t('account.tokens.submit')}
        onSubmit={async (values) => {
          setCreated(null);
          setCreated(await createToken.mutateAsync(values));
          form.reset();
        }}
      >
        <TextField
          form={form}
          name="name"
          label={t('field.tokenName')}
          hint={t('field.tokenNameHint')}
          autoComplete="off"
        />
        <TextField
          form={form}
          name="expiresInDays"
          label={t('field.expiresInDays')}
          hint={t('field.expiresInDaysHint')}
          type="number"
          inputMode="numeric"
          width="short"
          min={1}
          max={366}
          optional
          registerOptions={{
            setValueAs: (value: unknown) => (value === '' || value === undefined ? undefined : Number(value)),
          }}
        />
      </ContractForm>
    </section>
  );
}

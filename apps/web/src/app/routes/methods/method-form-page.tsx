import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CuratorOnlyPage } from '../../../components/curator-only-page';
import { LoadError, Loading } from '../../../components/query-states';
import { useMethod } from '../../../features/methods/api/get-method';
import { useCreateMethod, useUpdateMethod } from '../../../features/methods/api/write-method';
import { MethodForm, NEW_METHOD, storedMethod } from '../../../features/methods/components/method-form';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';

/**
 * A new method in the library (curators). With ?fromMatch=<id> (from a confirmed, measured
 * match's page) the method starts with that match as its first case.
 */
export function CreateMethodPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromMatch = params.get('fromMatch');
  const create = useCreateMethod();
  return (
    <CuratorOnlyPage title={t('methods.new.title')} className="page page--narrow">
      <p className="lead">{t(fromMatch ? 'methods.new.fromCaseIntro' : 'methods.new.intro')}</p>
      <MethodForm
        fromCase={Boolean(fromMatch)}
        defaultValues={fromMatch ? { ...NEW_METHOD, fromCase: { matchId: fromMatch, summary: '' } } : NEW_METHOD}
        submitLabel={t('methods.new.submit')}
        secondary={<Link to={fromMatch ? `/matches/${fromMatch}` : '/methods'}>{t('common.cancel')}</Link>}
        onSubmit={async (values) => {
          const method = await create.mutateAsync(values);
          await navigate(`/methods/${method.slug}`, { state: withFlash('methods.created') });
        }}
      />
    </CuratorOnlyPage>
  );
}

export function EditMethodPage() {
  const t = useT();
  const navigate = useNavigate();
  const { slug = '' } = useParams();
  const method = useMethod(slug);
  const update = useUpdateMethod(method.data?.id ?? '');
  return (
    <CuratorOnlyPage title={t('methods.edit.title')} className="page page--narrow">
      {method.isPending ? (
        <Loading />
      ) : method.isError ? (
        <LoadError error={method.error} onRetry={() => void method.refetch()} />
      ) : (
        <MethodForm
          defaultValues={storedMethod(method.data)}
          submitLabel={t('methods.edit.submit')}
          secondary={<Link to={`/methods/${method.data.slug}`}>{t('common.cancel')}</Link>}
          onSubmit={async ({ fromCase: _fromCase, ...values }) => {
            const saved = await update.mutateAsync({ ...values, version: method.data.version });
            await navigate(`/methods/${saved.slug}`, { state: withFlash('methods.saved') });
          }}
        />
      )}
    </CuratorOnlyPage>
  );
}

import type { Method } from '@motesplats/contracts';
import { Link, useParams } from 'react-router';
import { ModerationPanel, UnpublishedNotice } from '../../../components/marketplace/moderation-panel';
import { useModeration } from '../../../components/marketplace/use-moderation';
import { usePageTitle } from '../../../components/page-title';
import { LoadError, Loading } from '../../../components/query-states';
import { useMethod } from '../../../features/methods/api/get-method';
import { methodKeys } from '../../../features/methods/api/query-keys';
import { MethodDetails, MethodUses } from '../../../features/methods/components/method-details';
import {
  MethodCases,
  MethodStarts,
  MethodTemplates,
} from '../../../features/methods/components/method-evidence-sections';
import { IndicatorForm } from '../../../features/results/components/indicator-form';
import { IndicatorResult } from '../../../features/results/components/indicator-result';
import '../../../features/results/components/results.css';
import { readingText } from '../../../features/results/figure-text';
import { useT } from '../../../lib/i18n';
import { useInvalidate } from '../../../lib/query-effects';
import { useMe } from '../../../lib/session';

export function MethodPage() {
  const t = useT();
  const { slug = '' } = useParams();
  const method = useMethod(slug);
  usePageTitle(method.data?.name);
  return (
    <>
      <p>
        <Link to="/methods">{t('methods.backToList')}</Link>
      </p>
      {method.isPending ? (
        <Loading />
      ) : method.isError ? (
        <LoadError error={method.error} onRetry={() => void method.refetch()} />
      ) : (
        <MethodContent method={method.data} />
      )}
    </>
  );
}

function MethodContent({ method }: { method: Method }) {
  const t = useT();
  const me = useMe();
  const moderation = useModeration({ name: 'methods', keys: methodKeys });
  const methodsChanged = useInvalidate(methodKeys.all);
  // Housing companies start challenges; a member of one is offered to start from the method.
  const housingCompany = me?.memberships.some((m) => m.organisation.kind === 'HOUSING_COMPANY') ?? false;
  const canStart = housingCompany && method.status === 'PUBLISHED' && method.unpublishedAt === null;
  return (
    <>
      <h1>{method.name}</h1>
      {method.canEdit && <UnpublishedNotice unpublishedAt={method.unpublishedAt} reason={method.unpublishedReason} />}
      {(canStart || method.canEdit) && (
        <div className="detail-actions">
          {canStart && (
            <Link className="button button--primary" to={`/challenges/new?method=${encodeURIComponent(method.slug)}`}>
              {t('methods.start.button')}
            </Link>
          )}
          {method.canEdit && (
            <Link className="button button--secondary" to={`/methods/${encodeURIComponent(method.slug)}/edit`}>
              {t('methods.edit.button')}
            </Link>
          )}
        </div>
      )}
      {canStart && <p className="meta">{t('methods.start.intro')}</p>}
      <MethodDetails method={method} />
      <MethodTemplates method={method} />
      {method.canEdit && <IndicatorForm owner={{ kind: 'methods', id: method.id }} onCreated={methodsChanged} />}
      <MethodStarts method={method} readingText={(indicator, reading) => readingText(t, indicator, reading)} />
      <MethodCases method={method} />
      <MethodUses
        method={method}
        results={(use) =>
          use.indicators.map((indicator) => (
            <IndicatorResult key={indicator.id} indicator={indicator} headingLevel={4} />
          ))
        }
      />
      {method.canEdit && (
        <ModerationPanel
          unpublished={method.unpublishedAt !== null}
          onModerate={(action, body) =>
            moderation.mutateAsync({ id: method.id, action, version: method.version, ...body })
          }
        />
      )}
    </>
  );
}

import type { MethodSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';
import { EvidenceBadge } from './evidence-badge';

export function MethodCard({ method }: { method: MethodSummary }) {
  const t = useT();
  return (
    <>
      <h2 className="card__title">
        <Link to={`/methods/${method.slug}`}>{method.name}</Link>
      </h2>
      <p className="card__text">{method.summary}</p>
      <p className="meta">
        <EvidenceBadge level={method.evidenceLevel} /> {t('methods.places', { count: method.places })}
      </p>
      <p className="meta">{method.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')}</p>
    </>
  );
}

import type { OrganisationRef } from '@motesplats/contracts';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n';
import './marketplace.css';

/**
 * An organisation wherever a lab, challenge or offering shows it: a link to its profile and, when
 * a curator has verified it, the verified mark (text, not only an icon, so it is read out).
 */
export function OrganisationName({ organisation, link = true }: { organisation: OrganisationRef; link?: boolean }) {
  const t = useT();
  return (
    <span className="organisation-name">
      {link ? <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link> : organisation.name}
      {organisation.verification === 'VERIFIED' && (
        <span className="verified-mark">
          <span aria-hidden="true">✓</span> {t('marketplace.verified')}
        </span>
      )}
    </span>
  );
}

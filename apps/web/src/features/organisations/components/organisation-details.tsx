import { findMunicipality, type Organisation } from '@motesplats/contracts';
import { UserText } from '../../../components/user-text';
import { useI18n } from '../../../lib/i18n';
import { VerificationBadge } from './verification-badge';

export function formatOrgNumber(digits: string): string {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 6)}-${digits.slice(6)}` : digits;
}

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t, formatDate, formatNumber } = useI18n();
  const municipality = organisation.municipalityCode ? findMunicipality(organisation.municipalityCode) : undefined;
  return (
    <section className="section">
      <h2 id="about-title">{t('organisation.about')}</h2>
      {organisation.description && (
        <UserText as="p" lang={organisation.language} className="prose">
          {organisation.description}
        </UserText>
      )}
      <dl className="facts">
        <div>
          <dt>{t('field.organisationKind')}</dt>
          <dd>
            {t(`organisationKind.${organisation.kind}`)}
            {organisation.actorType && <> · {t(`actorType.${organisation.actorType}`)}</>}
          </dd>
        </div>
        <div>
          <dt>{t('organisation.verification')}</dt>
          <dd>
            <VerificationBadge status={organisation.verification} />
            {organisation.verifiedAt && (
              <span className="meta">
                {' '}
                {t('organisation.verifiedAt', { date: formatDate(organisation.verifiedAt) })}
              </span>
            )}
          </dd>
        </div>
        {municipality && (
          <div>
            <dt>{t('field.municipality')}</dt>
            <dd>{municipality.name}</dd>
          </div>
        )}
        {organisation.orgNumber && (
          <div>
            <dt>{t('field.orgNumber')}</dt>
            <dd>{formatOrgNumber(organisation.orgNumber)}</dd>
          </div>
        )}
        {organisation.website && (
          <div>
            <dt>{t('field.website')}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer">
                {organisation.website}
              </a>
            </dd>
          </div>
        )}
        {organisation.email && (
          <div>
            <dt>{t('field.organisationEmail')}</dt>
            <dd>
              <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
            </dd>
          </div>
        )}
        {organisation.phone && (
          <div>
            <dt>{t('field.phone')}</dt>
            <dd>{organisation.phone}</dd>
          </div>
        )}
        <div>
          <dt>{t('organisation.memberCount')}</dt>
          <dd>{formatNumber(organisation.memberCount)}</dd>
        </div>
      </dl>
    </section>
  );
}

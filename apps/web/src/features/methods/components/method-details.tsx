import type { Method, MethodUse } from '@motesplats/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Facts, ProseSections } from '../../../components/marketplace/item-page';
import { EmptyState } from '../../../components/query-states';
import { useT } from '../../../lib/i18n';
import { EvidenceBadge } from './evidence-badge';

/** A method's description: purpose, when it fits, steps, needs and pitfalls. */
export function MethodDetails({ method: m }: { method: Method }) {
  const t = useT();
  return (
    <>
      <p className="lead">{m.summary}</p>
      <Facts
        facts={[
          [t('methods.evidence.label'), <EvidenceBadge level={m.evidenceLevel} />],
          [t('marketplace.focusAreas'), m.focusAreas.map((a) => t(`focusArea.${a}`)).join(', ')],
          m.targetGroups.length > 0 && [
            t('methods.targetGroups'),
            m.targetGroups.map((g) => t(`targetGroup.${g}`)).join(', '),
          ],
          m.perspectives.length > 0 && [t('methods.perspectives'), m.perspectives.join(', ')],
        ]}
      />
      <p>
        {t(`methods.evidence.explain.${m.evidenceLevel}`)} {t('methods.places', { count: m.places })}.
      </p>
      <ProseSections
        lang="sv"
        sections={[
          [t('methods.purpose'), m.purpose],
          [t('marketplace.description'), m.description],
          [t('methods.whenToUse'), m.whenToUse],
        ]}
      />
      <section className="section" aria-labelledby="method-steps">
        <h2 id="method-steps">{t('methods.steps')}</h2>
        <ol>
          {m.steps.map((step) => (
            <li key={step.title}>
              <strong>{step.title}.</strong> {step.body}
            </li>
          ))}
        </ol>
      </section>
      <section className="section" aria-labelledby="method-needs">
        <h2 id="method-needs">{t('methods.needs')}</h2>
        <Facts
          facts={[
            m.needs.time !== '' && [t('methods.needs.time'), m.needs.time],
            m.needs.roles !== '' && [t('methods.needs.roles'), m.needs.roles],
            m.needs.premises !== '' && [t('methods.needs.premises'), m.needs.premises],
            m.needs.cost !== '' && [t('methods.needs.cost'), m.needs.cost],
          ]}
        />
      </section>
      <ProseSections lang="sv" sections={[[t('methods.pitfalls'), m.pitfalls]]} />
    </>
  );
}

/**
 * The labs and confirmed matches that used the method; `results` renders a use's indicators
 * (the page passes the results feature's component in).
 */
export function MethodUses({ method, results }: { method: Method; results: (use: MethodUse) => ReactNode }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="method-uses">
      <h2 id="method-uses">{t('methods.uses.title')}</h2>
      <p>{t('methods.uses.intro')}</p>
      {method.uses.length === 0 ? (
        <EmptyState>{t('methods.uses.empty')}</EmptyState>
      ) : (
        method.uses.map((use) => (
          <article key={`${use.kind}-${use.id}`} className="method-use" aria-labelledby={`use-${use.id}`}>
            <h3 id={`use-${use.id}`}>
              {use.labId ? (
                <Link to={`/labs/${use.labId}`}>{use.title}</Link>
              ) : use.challengeId ? (
                <Link to={`/challenges/${use.challengeId}`}>{use.title}</Link>
              ) : (
                use.title
              )}
            </h3>
            <p className="meta">
              {t(`methods.uses.${use.kind}`)} · {use.organisation.name}
            </p>
            {use.note && <p>{use.note}</p>}
            {use.indicators.length === 0 ? <p className="meta">{t('methods.uses.noResults')}</p> : results(use)}
          </article>
        ))
      )}
    </section>
  );
}

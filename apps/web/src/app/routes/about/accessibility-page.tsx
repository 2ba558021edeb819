import { Link } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { FeedbackForm } from '../../../features/feedback/components/feedback-form';
import { useT } from '../../../lib/i18n';

/** The shortcomings found by the latest assessment (a11y.assessed.text), in the statement's order. */
const KNOWN_PROBLEMS = ['mapTargets', 'mapOrder', 'charts', 'headings', 'userContent'] as const;

export const DIGG_COMPLAINTS_URL = 'https://www.digg.se/tdosanmalan';

/**
 * The accessibility statement (tillgänglighetsredogörelse) that the Swedish law on accessibility
 * of digital public services (2018:1937) asks for, in the order of Digg's model statement:
 * status, known shortcomings, how it was assessed, feedback, supervision.
 */
export function AccessibilityPage() {
  const t = useT();
  usePageTitle(t('a11y.title'));
  return (
    <div className="page prose">
      <h1>{t('a11y.title')}</h1>
      <p className="lead">{t('a11y.intro')}</p>
      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{t('a11y.status.title')}</h2>
        <p>{t('a11y.status.text')}</p>
      </section>
      <section aria-labelledby="a11y-problems">
        <h2 id="a11y-problems">{t('a11y.problems.title')}</h2>
        <p>{t('a11y.problems.intro')}</p>
        <ul>
          {KNOWN_PROBLEMS.map((problem) => (
            <li key={problem}>{t(`a11y.problem.${problem}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="a11y-assessed">
        <h2 id="a11y-assessed">{t('a11y.assessed.title')}</h2>
        <p>{t('a11y.assessed.text')}</p>
        <p>{t('a11y.updated')}</p>
      </section>
      <section aria-labelledby="a11y-report">
        <h2 id="a11y-report">{t('a11y.report.title')}</h2>
        <p>{t('a11y.report.text')}</p>
        <FeedbackForm topic="ACCESSIBILITY" headingId="a11y-report" />
      </section>
      <section aria-labelledby="a11y-supervision">
        <h2 id="a11y-supervision">{t('a11y.supervision.title')}</h2>
        <p>{t('a11y.supervision.text')}</p>
        <p>
          <a href={DIGG_COMPLAINTS_URL} lang="sv">
            {t('a11y.supervision.link')}
          </a>
        </p>
      </section>
      <p>
        <Link to="/personal-data">{t('privacy.title')}</Link> · <Link to="/contact">{t('contact.title')}</Link>
      </p>
    </div>
  );
}

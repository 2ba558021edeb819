import { FeedbackTopic } from '@motesplats/contracts';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/page-title';
import { FeedbackForm } from '../../../features/feedback/components/feedback-form';
import { useT } from '../../../lib/i18n';

/** Who runs the service, and a form to write to its administrators (?topic= chooses the subject). */
export function ContactPage() {
  const t = useT();
  usePageTitle(t('contact.title'));
  const [params] = useSearchParams();
  const topic = FeedbackTopic.safeParse(params.get('topic')).data ?? 'OTHER';
  return (
    <div className="page prose">
      <h1>{t('contact.title')}</h1>
      <p className="lead">{t('contact.intro')}</p>
      <p>{t('contact.more')}</p>
      <ul>
        <li>
          <Link to="/accessibility">{t('a11y.title')}</Link>
        </li>
        <li>
          <Link to="/personal-data">{t('privacy.title')}</Link>
        </li>
      </ul>
      <section aria-labelledby="contact-form">
        <h2 id="contact-form">{t('contact.formTitle')}</h2>
        <FeedbackForm key={topic} topic={topic} chooseTopic headingId="contact-form" />
      </section>
    </div>
  );
}

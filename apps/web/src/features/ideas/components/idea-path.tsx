import '../ideas.css';
import type { IdeaPath as Path, IdeaStatus } from '@motesplats/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';

export interface IdeaPathProps {
  status: IdeaStatus;
  supportCount: number;
  path: Path;
  /** Why it was declined or taken down, where the reader may know it. */
  reason?: string | null;
}

/**
 * What became of an idea, as steps in order: sent, read (published or declined), supported,
 * became a challenge, matched with a partner, reached a result. Steps not reached yet are
 * left out, so the last one shown is where the idea is now.
 */
export function IdeaPathSteps({ status, supportCount, path, reason }: IdeaPathProps) {
  const { t } = useI18n();
  const steps: { key: string; text: React.ReactNode }[] = [{ key: 'sent', text: t('ideas.path.sent') }];
  if (status === 'PENDING') steps.push({ key: 'review', text: t('ideas.path.underReview') });
  if (status === 'REJECTED') {
    steps.push({ key: 'declined', text: t('ideas.path.declined') });
    if (reason) steps.push({ key: 'reason', text: t('ideas.path.reason', { reason }) });
  }
  if (status === 'HIDDEN') {
    steps.push({ key: 'hidden', text: t('ideas.path.hidden') });
    if (reason) steps.push({ key: 'reason', text: t('ideas.path.reason', { reason }) });
  }
  if (status === 'PUBLISHED' || status === 'CONVERTED') {
    steps.push({ key: 'published', text: t('ideas.path.published') });
    steps.push({ key: 'supported', text: t('ideas.path.supported', { count: supportCount }) });
  }
  if (status === 'CONVERTED') {
    steps.push({
      key: 'challenge',
      text: path.challenge ? (
        <>
          {t('ideas.path.becameChallenge')} <Link to={`/challenges/${path.challenge.id}`}>{path.challenge.title}</Link>
        </>
      ) : (
        t('ideas.path.challengeInPreparation')
      ),
    });
    for (const match of path.matches) {
      steps.push({
        key: `match-${match.id}`,
        text: (
          <>
            {t('ideas.path.matched')} <Link to={`/offerings/${match.offering.id}`}>{match.offering.title}</Link> (
            {match.organisationName})
          </>
        ),
      });
      if (match.outcome !== null) {
        steps.push({ key: `result-${match.id}`, text: t('ideas.path.result', { outcome: match.outcome }) });
      }
    }
  }
  return (
    <section className="section" aria-labelledby="idea-path-title">
      <h2 id="idea-path-title">{t('ideas.path.title')}</h2>
      <ol className="idea-path">
        {steps.map((step, index) => (
          <li key={step.key} aria-current={index === steps.length - 1 ? 'step' : undefined}>
            {step.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

import type { IdeaSummary } from '@motesplats/contracts';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/marketplace/status-badge';
import { useI18n } from '../../../lib/i18n';
import { ideaStatus } from '../idea-status';

/** One idea in a list: its title as the link, where it is for, what it says, how many support it. */
export function IdeaCard({ idea, showStatus = false }: { idea: IdeaSummary; showStatus?: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <article className="card idea-card">
      <h3 className="card__title">
        <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
      </h3>
      <p className="meta">
        {[idea.lab.name, idea.focusArea && t(`focusArea.${idea.focusArea}`), formatDate(idea.createdAt)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {showStatus && (
        <p>
          <StatusBadge table={ideaStatus} status={idea.status} />
        </p>
      )}
      <p>{idea.excerpt}</p>
      <p className="meta">
        {t('ideas.supportCount', { count: idea.supportCount })} ·{' '}
        {t('ideas.commentCount', { count: idea.commentCount })}
      </p>
    </article>
  );
}

import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { isCurator, useMe } from '../lib/session';
import { usePageTitle } from './page-title';
import { Loading } from './query-states';

/**
 * A page for curators and administrators. The router sends the signed-out to sign in; anyone
 * else signed in is told plainly, and the page's own content is never rendered for them.
 */
export function CuratorOnlyPage({
  title,
  className = 'page',
  children,
}: {
  title: string;
  className?: string;
  children: ReactNode;
}) {
  const t = useT();
  const me = useMe();
  const allowed = isCurator(me);
  const shownTitle = allowed || me === undefined ? title : t('curator.forbidden.title');
  usePageTitle(shownTitle);
  return (
    <div className={className}>
      <h1 tabIndex={-1}>{shownTitle}</h1>
      {me === undefined ? (
        <Loading />
      ) : !allowed ? (
        <div className="notice notice--warning">
          <p>{t('curator.forbidden.text')}</p>
        </div>
      ) : (
        children
      )}
    </div>
  );
}

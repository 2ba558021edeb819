import type { FollowKind } from '@motesplats/contracts';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { Button } from '../../../components/button';
import { StatusMessage } from '../../../components/status-message';
import { useMe } from '../../../lib/session';
import { useT } from '../../../lib/i18n';
import { signInPath } from '../../../lib/return-to';
import { useFollow } from '../api/get-follow';
import { useSetFollow } from '../api/set-follow';

/**
 * Follow or stop following a lab, an idea or a challenge; its news then comes as notifications.
 * Visitors are asked to sign in. Usable by any page: it needs only the kind and the id.
 */
export function FollowButton({ kind, id }: { kind: FollowKind; id: string }) {
  const t = useT();
  const me = useMe();
  const location = useLocation();
  const state = useFollow(kind, id, Boolean(me));
  const set = useSetFollow(kind, id);
  const [said, setSaid] = useState<string | null>(null);
  if (!me) {
    return (
      <Link className="button button--secondary" to={signInPath(`${location.pathname}${location.search}`)}>
        {t('follow.signIn')}
      </Link>
    );
  }
  const following = state.data?.following ?? false;
  return (
    <div className="follow">
      <Button
        variant="secondary"
        aria-pressed={following}
        disabled={state.isPending || set.isPending}
        onClick={() =>
          set.mutate(!following, {
            onSuccess: (next) => setSaid(t(next.following ? 'follow.started' : 'follow.stopped')),
          })
        }
      >
        {following ? t('follow.stop') : t(`follow.${kind}`)}
      </Button>
      {following && <p className="meta">{t('follow.following')}</p>}
      <StatusMessage message={said} />
    </div>
  );
}

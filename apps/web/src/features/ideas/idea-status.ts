import { IDEA_STATUSES, IDEA_TRANSITIONS, type IdeaStatus } from '@motesplats/contracts';
import type { StatusTable } from '../../components/marketplace/item-kind';

/** Where each status may go, read from the contracts' table of moderators' actions. */
const NEXT = Object.fromEntries(
  IDEA_STATUSES.map((status) => [
    status,
    Object.values(IDEA_TRANSITIONS)
      .filter((transition) => transition.from.includes(status))
      .map((transition) => transition.to),
  ]),
) as Record<IdeaStatus, IdeaStatus[]>;

/** Ideas' statuses for the shared badge: waiting stands out, public is green, what became a challenge blue. */
export const ideaStatus: StatusTable<IdeaStatus> = {
  tone: { PENDING: 'warning', PUBLISHED: 'success', CONVERTED: 'info', REJECTED: 'muted', HIDDEN: 'error' },
  label: (status, t) => t(`ideaStatus.${status}`),
  next: NEXT,
  action: (status, t) => t(`ideaTransition.${status}`),
  draft: 'PENDING',
  published: 'PUBLISHED',
};

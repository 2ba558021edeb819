import type { Mail } from '../../lib/mailer';
import { textsFor } from '../../lib/texts';

/** What happened to an idea that its sender is told about by e-mail. */
export const IDEA_EVENTS = ['RECEIVED', 'PUBLISHED', 'DECLINED', 'UNPUBLISHED', 'RESTORED', 'CONVERTED'] as const;
export type IdeaEvent = (typeof IDEA_EVENTS)[number];

export interface IdeaMailInput {
  to: string;
  event: IdeaEvent;
  title: string;
  labName: string;
  reason: string | null;
  followUpUrl: string;
}

/**
 * One change of an idea, to its sender. We do not know which language they read best, so the
 * e-mail says it in plain Swedish first and then in English.
 */
export function ideaMail(input: IdeaMailInput): Mail {
  const sv = textsFor('sv').t;
  const en = textsFor('en').t;
  const values = { title: input.title, labName: input.labName };
  const part = (t: typeof sv) => [
    t(`mail.idea.said.${input.event}`, values),
    ...(input.reason ? ['', t('mail.idea.reason', { reason: input.reason })] : []),
    '',
    t('mail.idea.followUp'),
    input.followUpUrl,
    '',
    t('mail.idea.why'),
  ];
  return {
    to: input.to,
    subject: `${sv(`mail.idea.subject.${input.event}`)} / ${en(`mail.idea.subject.${input.event}`)}`,
    text: [...part(sv), '', '---', '', ...part(en)].join('\n'),
  };
}

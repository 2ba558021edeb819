import type { Mail } from '../../lib/mailer';
import { textsFor } from '../../lib/texts';

/** The invitee's language is unknown until they sign in, so the invitation speaks both. */
export function invitationMail(
  to: string,
  organisationName: string,
  inviterName: string,
  link: string,
  validForDays: number,
): Mail {
  const sv = textsFor('sv').t;
  const en = textsFor('en').t;
  const params = { organisationName, inviterName, link, days: validForDays };
  return {
    to,
    subject: `${sv('mail.invitation.subject', params)} / ${en('mail.invitation.subject', params)}`,
    text: `${sv('mail.invitation.text', params)}\n\n---\n\n${en('mail.invitation.text', params)}\n`,
  };
}

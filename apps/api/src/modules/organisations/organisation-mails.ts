import type { Mail } from '../../lib/mailer';

/** The invitee's language is unknown until they sign in, so the invitation speaks both. */
export function invitationMail(to: string, organisationName: string, inviterName: string, link: string): Mail {
  return {
    to,
    subject: `Inbjudan till ${organisationName} på Mötesplats / Invitation to ${organisationName}`,
    text:
      `${inviterName} har bjudit in dig att gå med i ${organisationName} på Mötesplats.\n\n` +
      `Öppna länken för att tacka ja (den gäller i sju dagar):\n${link}\n\n` +
      `---\n\n` +
      `${inviterName} has invited you to join ${organisationName} on Mötesplats.\n\n` +
      `Open the link to accept (it is valid for seven days):\n${link}\n`,
  };
}

import type { Locale } from '@motesplats/contracts';
import type { Mail } from '../../lib/mailer';
import { textsFor } from '../../lib/texts';

export function passwordResetMail(to: string, locale: Locale, link: string, validForHours: number): Mail {
  const { t } = textsFor(locale);
  return {
    to,
    subject: t('mail.passwordReset.subject'),
    text: t('mail.passwordReset.text', { link, hours: validForHours }),
  };
}

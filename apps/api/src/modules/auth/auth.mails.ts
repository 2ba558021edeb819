import type { Locale } from '@motesplats/contracts';
import type { Mail } from '../../lib/mailer';

export function passwordResetMail(to: string, locale: Locale, link: string): Mail {
  if (locale === 'en') {
    return {
      to,
      subject: 'Reset your password for Mötesplats',
      text: `Someone, hopefully you, asked to reset the password of your Mötesplats account.\n\nChoose a new password here (the link works once, for one hour):\n${link}\n\nIf you did not ask for this, ignore this e-mail; your password stays as it is.`,
    };
  }
  return {
    to,
    subject: 'Återställ ditt lösenord till Mötesplats',
    text: `Någon, förhoppningsvis du, har bett om att återställa lösenordet till ditt konto på Mötesplats.\n\nVälj ett nytt lösenord här (länken fungerar en gång, i en timme):\n${link}\n\nOm du inte har bett om detta kan du bortse från mejlet; ditt lösenord är oförändrat.`,
  };
}

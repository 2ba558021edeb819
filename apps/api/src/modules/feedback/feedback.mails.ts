import type { FeedbackTopic, Locale } from '@motesplats/contracts';
import type { Mail } from '../../lib/mailer';
import { textsFor } from '../../lib/texts';

export interface FeedbackForMail {
  topic: FeedbackTopic;
  message: string;
  page: string;
  name: string | null;
  email: string | null;
  createdAt: Date;
}

/** To an administrator: the whole message, with the sender's address to answer. */
export function feedbackToAdminMail(to: string, locale: Locale, feedback: FeedbackForMail, listUrl: string): Mail {
  const { t } = textsFor(locale);
  const none = t('mail.feedback.notGiven');
  return {
    to,
    subject: t('mail.feedback.admin.subject', { topic: t(`feedback.topic.${feedback.topic}`) }),
    text: t('mail.feedback.admin.text', {
      topic: t(`feedback.topic.${feedback.topic}`),
      page: feedback.page || none,
      name: feedback.name ?? none,
      email: feedback.email ?? none,
      message: feedback.message,
      link: listUrl,
    }),
  };
}

/** To the sender: it arrived, what happens next, and where to turn if the answer does not satisfy. */
export function feedbackReceiptMail(to: string, locale: Locale, feedback: FeedbackForMail): Mail {
  const { t } = textsFor(locale);
  return {
    to,
    subject: t('mail.feedback.receipt.subject'),
    text: t(feedback.topic === 'ACCESSIBILITY' ? 'mail.feedback.receipt.accessibility' : 'mail.feedback.receipt.text', {
      message: feedback.message,
    }),
  };
}

import {
  SENT_NOTIFICATION_KINDS,
  type Locale,
  type NotificationKind,
  type NotificationPayload,
} from '@motesplats/contracts';
import type { Mail } from '../../lib/mailer';

export type SentNotificationKind = (typeof SENT_NOTIFICATION_KINDS)[number];

/** The kinds that may come by e-mail; the others are only shown in the app. */
export function isSentKind(kind: NotificationKind): kind is SentNotificationKind {
  return (SENT_NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

interface KindText {
  subject: string;
  /** What happened, with who did it. */
  said: (who: string, payload: NotificationPayload) => string;
  /** What the mail links to: the match (the default) or the organisation. */
  about?: 'organisation';
  /** What the excerpt is, where more specific than a note. */
  excerptLabel?: string;
}

interface Texts {
  someone: string;
  hello: (name: string) => string;
  challenge: string;
  offering: string;
  note: string;
  quote: (text: string) => string;
  open: string;
  why: string;
  openOrganisation: string;
  whyOrganisation: string;
  kinds: Record<SentNotificationKind, KindText>;
}

const TEXTS: Record<Locale, Texts> = {
  sv: {
    someone: 'Någon',
    hello: (name) => `Hej ${name}!`,
    challenge: 'Utmaning',
    offering: 'Erbjudande',
    note: 'Kommentar',
    quote: (text) => `”${text}”`,
    open: 'Öppna matchningen på Mötesplats:',
    why: 'Du får det här mejlet för att du är med i matchningen. Välj vilka mejl du vill få:',
    openOrganisation: 'Se organisationen på Mötesplats:',
    whyOrganisation: 'Du får det här mejlet för att du är med i organisationen. Välj vilka mejl du vill få:',
    kinds: {
      MATCH_PROPOSED: {
        subject: 'Nytt förslag på samarbete',
        said: (who) => `${who} föreslår ett samarbete mellan utmaningen och erbjudandet nedan.`,
      },
      MATCH_INTEREST: {
        subject: 'Intresseanmälan',
        said: (who) => `${who} har anmält intresse för utmaningen nedan.`,
      },
      MATCH_INVITATION: {
        subject: 'Inbjudan till samarbete',
        said: (who) => `${who} har bjudit in erbjudandet nedan till sin utmaning.`,
      },
      MATCH_ACCEPTED: {
        subject: 'Ett ja till samarbetet',
        said: (who) => `${who} har tackat ja till samarbetet.`,
      },
      MATCH_AGREED: {
        subject: 'Ni är överens',
        said: () => 'Båda parter har tackat ja – samarbetet är överenskommet.',
      },
      MATCH_DECLINED: {
        subject: 'Samarbetet avböjdes',
        said: (who) => `${who} har tackat nej till samarbetet.`,
        excerptLabel: 'Motivering',
      },
      MATCH_WITHDRAWN: {
        subject: 'Samarbetet drogs tillbaka',
        said: (who) => `${who} har dragit tillbaka samarbetet.`,
        excerptLabel: 'Motivering',
      },
      MATCH_STARTED: {
        subject: 'Samarbetet har startat',
        said: (who) => `${who} har markerat att samarbetet har startat.`,
      },
      MATCH_COMPLETED: {
        subject: 'Samarbetet är genomfört',
        said: (who) => `${who} har markerat samarbetet som genomfört.`,
        excerptLabel: 'Resultat',
      },
      MATCH_MESSAGE: {
        subject: 'Nytt meddelande',
        said: (who) => `${who} har skrivit i matchningens tråd.`,
        excerptLabel: 'Meddelande',
      },
      ORGANISATION_VERIFIED: {
        subject: 'Organisationen är verifierad',
        said: (who, payload) =>
          `${who} på Sveriges Allmännytta har verifierat ${payload.organisationName ?? 'er organisation'}. Den visas nu som verifierad för alla på Mötesplats.`,
        about: 'organisation',
      },
    },
  },
  en: {
    someone: 'Someone',
    hello: (name) => `Hello ${name},`,
    challenge: 'Challenge',
    offering: 'Offering',
    note: 'Note',
    quote: (text) => `“${text}”`,
    open: 'Open the match on Mötesplats:',
    why: 'You get this e-mail because you take part in the match. Choose which e-mails you get:',
    openOrganisation: 'See the organisation on Mötesplats:',
    whyOrganisation: 'You get this e-mail because you are a member of the organisation. Choose which e-mails you get:',
    kinds: {
      MATCH_PROPOSED: {
        subject: 'New collaboration proposal',
        said: (who) => `${who} proposes a collaboration between the challenge and the offering below.`,
      },
      MATCH_INTEREST: {
        subject: 'Expression of interest',
        said: (who) => `${who} has expressed interest in the challenge below.`,
      },
      MATCH_INVITATION: {
        subject: 'Invitation to collaborate',
        said: (who) => `${who} has invited the offering below to their challenge.`,
      },
      MATCH_ACCEPTED: {
        subject: 'A yes to the collaboration',
        said: (who) => `${who} has accepted the collaboration.`,
      },
      MATCH_AGREED: {
        subject: 'You have agreed',
        said: () => 'Both sides have accepted – the collaboration is agreed.',
      },
      MATCH_DECLINED: {
        subject: 'The collaboration was declined',
        said: (who) => `${who} has declined the collaboration.`,
        excerptLabel: 'Reason',
      },
      MATCH_WITHDRAWN: {
        subject: 'The collaboration was withdrawn',
        said: (who) => `${who} has withdrawn the collaboration.`,
        excerptLabel: 'Reason',
      },
      MATCH_STARTED: {
        subject: 'The collaboration has started',
        said: (who) => `${who} has marked the collaboration as started.`,
      },
      MATCH_COMPLETED: {
        subject: 'The collaboration is completed',
        said: (who) => `${who} has marked the collaboration as completed.`,
        excerptLabel: 'Outcome',
      },
      MATCH_MESSAGE: {
        subject: 'New message',
        said: (who) => `${who} has written in the match's thread.`,
        excerptLabel: 'Message',
      },
      ORGANISATION_VERIFIED: {
        subject: 'Your organisation is verified',
        said: (who, payload) =>
          `${who} at Sveriges Allmännytta has verified ${payload.organisationName ?? 'your organisation'}. Everyone on Mötesplats now sees it as verified.`,
        about: 'organisation',
      },
    },
  },
};

// OutboundEmail.subject holds 300 characters; a long title is cut, the link says the rest.
const MAX_SUBJECT = 200;

export interface NotificationMailInput {
  to: string;
  name: string;
  locale: Locale;
  kind: SentNotificationKind;
  payload: NotificationPayload;
  /** The match's page, or the organisation's for a notification about an organisation. */
  linkUrl: string;
  preferencesUrl: string;
}

/** One notification as an e-mail in the reader's language. */
export function notificationMail(input: NotificationMailInput): Mail {
  const t = TEXTS[input.locale];
  const kind = t.kinds[input.kind];
  const { payload } = input;
  const aboutOrganisation = kind.about === 'organisation';
  // On a match, the organisation is the one the actor acted for; otherwise it is the subject.
  const who = payload.actorName
    ? payload.organisationName && !aboutOrganisation
      ? `${payload.actorName} (${payload.organisationName})`
      : payload.actorName
    : t.someone;
  const title = aboutOrganisation ? payload.organisationName : payload.challengeTitle;
  const subject = title ? `${kind.subject}: ${title}` : kind.subject;
  const lines = [
    t.hello(input.name),
    '',
    kind.said(who, payload),
    '',
    ...(payload.challengeTitle ? [`${t.challenge}: ${payload.challengeTitle}`] : []),
    ...(payload.offeringTitle ? [`${t.offering}: ${payload.offeringTitle}`] : []),
    ...(payload.excerpt ? ['', `${kind.excerptLabel ?? t.note}: ${t.quote(payload.excerpt)}`] : []),
    '',
    aboutOrganisation ? t.openOrganisation : t.open,
    input.linkUrl,
    '',
    '---',
    aboutOrganisation ? t.whyOrganisation : t.why,
    input.preferencesUrl,
  ];
  return {
    to: input.to,
    subject: subject.length > MAX_SUBJECT ? `${subject.slice(0, MAX_SUBJECT - 1)}…` : subject,
    text: `${lines.join('\n')}\n`,
  };
}

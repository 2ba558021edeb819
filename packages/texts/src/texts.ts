import type { Locale } from '@motesplats/contracts';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Messages, MessageKey, sv } from './catalogue/sv';
import type { MessageArgs } from './message-args';

export type { Messages, MessageKey };

/**
 * A message as written, or already parsed (the web's build parses the catalogue ahead, so the
 * browser needs no ICU parser).
 */
export type CompiledMessage = ConstructorParameters<typeof IntlMessageFormat>[0];
export type CompiledMessages = Readonly<Record<MessageKey, CompiledMessage>>;

/** Values for a message's arguments when the key is only known at run time. */
export type MessageParams = Record<string, string | number | Date>;

/** The parameters `t` takes for a key: none, optional or required, typed from the Swedish message. */
export type ParamsOf<K extends MessageKey> = MessageKey extends K
  ? [params?: MessageParams]
  : keyof MessageArgs<(typeof sv)[K]> extends never
    ? [params?: MessageArgs<(typeof sv)[K]>]
    : [params: MessageArgs<(typeof sv)[K]>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

/** Everything a reader's language decides: the messages, numbers, dates and lists. */
export interface Texts {
  locale: Locale;
  t: Translate;
  /** 100 000 in Swedish, 100,000 in English. */
  formatNumber: (value: number) => string;
  /** "3 december 2026"; a calendar date (YYYY-MM-DD) keeps its day in every time zone. */
  formatDate: (value: string | Date) => string;
  formatDateTime: (value: string | Date) => string;
  /** "a, b och c" / "a, b and c". */
  formatList: (items: readonly string[]) => string;
}

/** The BCP 47 locale each language is formatted with (dates, numbers, plural rules). */
export const INTL_LOCALES: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Characters that mean something to ICU MessageFormat; a message without them is plain text. */
const ICU_SYNTAX = /[{}']/;

export function createTexts(locale: Locale, messages: Messages | CompiledMessages): Texts {
  const intlLocale = INTL_LOCALES[locale];
  const formats = new Map<MessageKey, IntlMessageFormat>();
  const numberFormat = new Intl.NumberFormat(intlLocale);
  const dateFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long' });
  // A calendar date is midnight UTC to Date; formatting it in UTC keeps the day.
  const dayFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' });
  const listFormat = new Intl.ListFormat(intlLocale, { style: 'long', type: 'conjunction' });

  const t = ((key: MessageKey, params?: MessageParams): string => {
    const source: CompiledMessage | undefined = messages[key];
    // Only a key chosen at run time can be unknown; showing it is better than breaking the page.
    if (source === undefined) return key;
    // Most messages are plain text: no argument, nothing for ICU to do (and nothing to parse).
    if (typeof source === 'string' && !ICU_SYNTAX.test(source)) return source;
    try {
      let format = formats.get(key);
      if (!format) {
        // ignoreTag: a "<" in a text is a character, not markup.
        format = new IntlMessageFormat(source, intlLocale, undefined, { ignoreTag: true });
        formats.set(key, format);
      }
      return String(format.format(params));
    } catch {
      // A value the types could not vouch for is missing: show the message as written (or its
      // key), to be noticed, rather than break the page.
      return typeof source === 'string' ? source : key;
    }
  }) as Translate;

  return {
    locale,
    t,
    formatNumber: (value) => numberFormat.format(value),
    formatDate: (value) =>
      typeof value === 'string' && CALENDAR_DATE.test(value)
        ? dayFormat.format(new Date(value))
        : dateFormat.format(new Date(value)),
    formatDateTime: (value) => dateTimeFormat.format(new Date(value)),
    formatList: (items) => listFormat.format(items),
  };
}

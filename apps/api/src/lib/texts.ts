import type { Locale } from '@motesplats/contracts';
import { createTexts, type Texts } from '@motesplats/texts';
import { en } from '@motesplats/texts/en';
import { sv } from '@motesplats/texts/sv';

/*
 * The one way the API words anything a person reads (e-mails, suggestion explanations): the
 * catalogue the web app shows, in the reader's language. Both languages are loaded at start:
 * the API writes to readers of either.
 */
const TEXTS: Record<Locale, Texts> = { sv: createTexts('sv', sv), en: createTexts('en', en) };

export function textsFor(locale: Locale): Texts {
  return TEXTS[locale];
}

/** A label (written as a heading: "Kvinnor långt från arbetsmarknaden") inside a sentence. */
export function inSentence(label: string, locale: Locale): string {
  return label.charAt(0).toLocaleLowerCase(locale) + label.slice(1);
}

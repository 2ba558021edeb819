import { Locale } from '@motesplats/contracts';
import { createTexts, type Translate } from '@motesplats/texts';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { loadedMessages, loadMessages } from './dictionaries';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The language the reader picked on this page view, if any (it outranks a saved one). */
  chosenLocale: Locale | null;
  chooseLocale: (locale: Locale) => void;
  t: Translate;
  /** 100 000 in Swedish, 100,000 in English. */
  formatNumber: (value: number) => string;
  /** "3 december 2026"; a calendar date (YYYY-MM-DD) keeps its day. */
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
}

const STORAGE_KEY = 'motesplats.locale';
// Swedish is the service's language; English only when someone has chosen it.
const DEFAULT_LOCALE: Locale = 'sv';

/** The language this browser was last read in: main.tsx loads it before the first render. */
export function storedLocale(): Locale {
  try {
    const parsed = Locale.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function textsFor(locale: Locale) {
  const messages = loadedMessages(locale);
  if (!messages) throw new Error(`The ${locale} catalogue must be loaded before it is shown`);
  return createTexts(locale, messages);
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [texts, setTexts] = useState(() => textsFor(storedLocale()));
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);
  // The language asked for last: a slower download of an earlier choice must not win.
  const wanted = useRef<Locale>(texts.locale);
  const locale = texts.locale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    wanted.current = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
    // The page stays in the current language until the other one has arrived, never half of each.
    loadMessages(next).then(
      () => {
        if (wanted.current === next) setTexts((current) => (current.locale === next ? current : textsFor(next)));
      },
      () => {
        // Could not download it (offline): the reader keeps the language they have, and the
        // switch stays offered.
      },
    );
  }, []);

  const chooseLocale = useCallback(
    (next: Locale) => {
      setChosenLocale(next);
      setLocale(next);
    },
    [setLocale],
  );

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      chosenLocale,
      chooseLocale,
      t: texts.t,
      formatNumber: texts.formatNumber,
      formatDate: texts.formatDate,
      formatDateTime: texts.formatDateTime,
    }),
    [texts, locale, setLocale, chosenLocale, chooseLocale],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}

export function useT(): Translate {
  return useI18n().t;
}

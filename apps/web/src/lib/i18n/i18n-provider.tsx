import { Locale } from '@motesplats/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { translate, type MessageKey, type MessageParams } from './dictionaries';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The language the reader picked on this page view, if any (it outranks a saved one). */
  chosenLocale: Locale | null;
  chooseLocale: (locale: Locale) => void;
  t: Translate;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
}

const STORAGE_KEY = 'motesplats.locale';
// Swedish is the service's language; English only when someone has chosen it.
const DEFAULT_LOCALE: Locale = 'sv';

function storedLocale(): Locale {
  try {
    const parsed = Locale.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

const I18nContext = createContext<I18n | null>(null);

const INTL_LOCALES: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this visit only.
    }
  }, []);

  const chooseLocale = useCallback(
    (next: Locale) => {
      setChosenLocale(next);
      setLocale(next);
    },
    [setLocale],
  );

  const value = useMemo<I18n>(() => {
    const dateFormat = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long' });
    // A calendar date (YYYY-MM-DD) is midnight UTC to Date; formatting it in UTC keeps the day.
    const dayFormat = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    return {
      locale,
      setLocale,
      chosenLocale,
      chooseLocale,
      t: (key, params) => translate(locale, key, params),
      formatDate: (iso) =>
        /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayFormat.format(new Date(iso)) : dateFormat.format(new Date(iso)),
      formatDateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    };
  }, [locale, setLocale, chosenLocale, chooseLocale]);

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

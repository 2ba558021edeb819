import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useUpdateMe } from '../features/account/api/update-me';
import { setUnauthenticatedListener } from '../lib/api-client';
import { I18nProvider, useI18n } from '../lib/i18n';
import { queryClient } from '../lib/query-client';
import { storeSession, useMe } from '../lib/session';

/**
 * A signed-in user's language follows them from device to device; but a language the reader
 * picked before their session had loaded is theirs, and is saved rather than overridden.
 */
function SessionLocale() {
  const me = useMe();
  const { setLocale, chosenLocale } = useI18n();
  const { mutate: saveLocale } = useUpdateMe();
  const userId = me?.user.id;
  const userLocale = me?.user.locale;
  useEffect(() => {
    if (!userId || !userLocale) return;
    if (chosenLocale === null) setLocale(userLocale);
    else if (chosenLocale !== userLocale) saveLocale({ locale: chosenLocale });
  }, [userId, userLocale, chosenLocale, setLocale, saveLocale]);
  return null;
}

/** A session that ended elsewhere (expired, signed out in another tab) ends here too. */
function SessionExpiry() {
  useEffect(() => {
    setUnauthenticatedListener(() => storeSession(queryClient, null));
    return () => setUnauthenticatedListener(null);
  }, []);
  return null;
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SessionLocale />
        <SessionExpiry />
        {children}
      </I18nProvider>
    </QueryClientProvider>
  );
}

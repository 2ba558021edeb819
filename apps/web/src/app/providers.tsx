import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { setUnauthenticatedListener } from '../lib/api-client';
import { I18nProvider, useI18n } from '../lib/i18n';
import { queryClient } from '../lib/query-client';
import { storeSession, useMe } from '../lib/session';

/** A signed-in user's language follows them from device to device. */
function SessionLocale() {
  const me = useMe();
  const { setLocale } = useI18n();
  const userId = me?.user.id;
  const userLocale = me?.user.locale;
  useEffect(() => {
    if (userId && userLocale) setLocale(userLocale);
  }, [userId, userLocale, setLocale]);
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

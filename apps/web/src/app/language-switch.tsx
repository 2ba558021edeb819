import type { Locale } from '@motesplats/contracts';
import { Button } from '../components/button';
import { useUpdateMe } from '../features/account/api/update-me';
import { useI18n } from '../lib/i18n';
import { useMe } from '../lib/session';

// Each language is named in itself, so a reader who does not know the current one finds theirs.
const NAMES: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

/** Switches to the other language; remembered on the account when signed in, else in the browser. */
export function LanguageSwitch() {
  const { locale, setLocale } = useI18n();
  const me = useMe();
  const updateMe = useUpdateMe();
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <Button
      variant="quiet"
      className="language-switch"
      lang={other}
      onClick={() => {
        setLocale(other);
        if (me) updateMe.mutate({ locale: other });
      }}
    >
      {NAMES[other]}
    </Button>
  );
}

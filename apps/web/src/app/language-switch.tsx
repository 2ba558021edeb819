import type { Locale } from '@motesplats/contracts';
import { Button } from '../components/button';
import { useI18n } from '../lib/i18n';

// Each language is named in itself, so a reader who does not know the current one finds theirs.
const NAMES: Record<Locale, string> = { sv: 'Svenska', en: 'English' };

/**
 * Switches to the other language; remembered in the browser, and on the account when signed in
 * (providers.tsx saves it, also when the session arrives only after the click).
 */
export function LanguageSwitch() {
  const { locale, chooseLocale } = useI18n();
  const other: Locale = locale === 'sv' ? 'en' : 'sv';
  return (
    <Button variant="quiet" className="language-switch" lang={other} onClick={() => chooseLocale(other)}>
      {NAMES[other]}
    </Button>
  );
}

import { useEffect } from 'react';
import { useT } from '../lib/i18n';

/** Sets the document title: "<page> – Mötesplats", or just the site name for the home page. */
export function usePageTitle(title: string | undefined): void {
  const t = useT();
  const site = t('app.name');
  useEffect(() => {
    document.title = title && title !== site ? `${title} – ${site}` : site;
  }, [title, site]);
}

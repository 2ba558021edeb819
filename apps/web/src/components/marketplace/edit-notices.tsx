import { useT } from '../../lib/i18n';
import { Button } from '../button';

/** The whole edit page when the reader may see the record but not change it. */
export function EditForbidden({ title }: { title: string }) {
  const t = useT();
  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <div className="notice notice--error">
        <p>{t('apiError.FORBIDDEN')}</p>
      </div>
    </div>
  );
}

/** Someone else saved first: the reader reloads the stored record and edits that. */
export function VersionConflictNotice({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <div className="notice notice--warning">
      <p>{t('marketplace.versionConflict')}</p>
      <Button variant="secondary" onClick={onReload}>
        {t('marketplace.reload')}
      </Button>
    </div>
  );
}

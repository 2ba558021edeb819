import { apiErrorMessageKey } from '../../lib/error-messages';
import { useT } from '../../lib/i18n';

/** Why the last action on a record failed (nothing when there is no failure). */
export function ActionError({ error }: { error: unknown }) {
  const t = useT();
  if (error === null) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>{t(apiErrorMessageKey(error))}</p>
    </div>
  );
}

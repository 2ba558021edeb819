import { Button } from '../button';
import { useT } from '../../lib/i18n';

export interface StatusActionsProps<S extends string> {
  /** The next states the transition table allows from the current one. */
  next: readonly S[];
  /** The button's text for moving to a state, e.g. "Publicera". */
  labelOf: (status: S) => string;
  onChange: (status: S) => void;
  /** The state being moved to, while the request runs. */
  pending?: S | null;
}

/** One button per allowed next state (from the contracts' transition tables), nothing more. */
export function StatusActions<S extends string>({ next, labelOf, onChange, pending }: StatusActionsProps<S>) {
  const t = useT();
  if (next.length === 0) return null;
  return (
    <div className="inline-actions" role="group" aria-label={t('marketplace.changeStatus')}>
      {next.map((status) => (
        <Button key={status} variant="secondary" busy={pending === status} onClick={() => onChange(status)}>
          {labelOf(status)}
        </Button>
      ))}
    </div>
  );
}

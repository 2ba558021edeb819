import { useT } from '../../lib/i18n';
import type { StatusTable } from './item-kind';

/** An item's status, coloured by its kind's status table. */
export function StatusBadge<S extends string>({ table, status }: { table: StatusTable<S>; status: S }) {
  const t = useT();
  return <span className={`badge badge--${table.tone[status]}`}>{table.label(status, t)}</span>;
}

/** The status and, when a curator took the item down, a mark saying so (cards and list rows). */
export function ItemBadges<S extends string>({
  table,
  item,
}: {
  table: StatusTable<S>;
  item: { status: S; unpublishedAt: string | null };
}) {
  const t = useT();
  return (
    <>
      <StatusBadge table={table} status={item.status} />
      {item.unpublishedAt && (
        <>
          {' '}
          <span className="badge badge--error">{t('marketplace.unpublished')}</span>
        </>
      )}
    </>
  );
}

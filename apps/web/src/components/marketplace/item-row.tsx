import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n';
import type { StatusTone } from './item-kind';

export interface ItemRowProps {
  href: string;
  title: string;
  /** Place, focus areas: one line under the title. */
  meta?: string;
  status: { label: string; tone: StatusTone };
  /** Taken off the public pages by a curator; only the organisation and curators see it. */
  unpublished?: boolean;
  actions?: ReactNode;
}

/** One lab, challenge or offering in an organisation's lists: a small summary row. */
export function ItemRow({ href, title, meta, status, unpublished, actions }: ItemRowProps) {
  const t = useT();
  return (
    <li className="list-item">
      <div className="list-item__main">
        <p className="list-item__title">
          <Link to={href}>{title}</Link>
          <span className={`badge badge--${status.tone}`}>{status.label}</span>
          {unpublished && <span className="badge badge--error">{t('orgItems.unpublished')}</span>}
        </p>
        {meta && <p className="meta">{meta}</p>}
      </div>
      {actions && <div className="list-item__actions">{actions}</div>}
    </li>
  );
}

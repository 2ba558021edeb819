import { Link } from 'react-router';
import { isApiError } from '../lib/api-client';
import { useT, type MessageKey } from '../lib/i18n';
import { usePageTitle } from './page-title';

/**
 * The lists a reader can search from any not-found page. A thing that is not found may still be
 * found under another name, so each is offered as a way on.
 */
const SEARCHABLE: readonly { to: string; label: MessageKey }[] = [
  { to: '/challenges', label: 'notFound.search.challenges' },
  { to: '/offerings', label: 'notFound.search.offerings' },
  { to: '/labs', label: 'notFound.search.labs' },
  { to: '/organisations', label: 'notFound.search.organisations' },
];

/** The API's answer for an unknown id and for a malformed one alike (a path that names nothing). */
export function isNotFound(error: unknown): boolean {
  return isApiError(error, 'NOT_FOUND');
}

export interface NotFoundProps {
  /** What was not found ("Utmaningen finns inte"); an unknown address when left out. */
  title?: string;
  /** Why, in a sentence; a general one when left out. */
  text?: string;
  /** The list the thing would be in, offered first ("Alla utmaningar"). */
  list?: { to: string; label: string };
}

/**
 * The page for an address or an id that names nothing: says so, and offers ways on (the list
 * the thing would be in, the start page, and a search of every list). Its h1 can take focus,
 * so the layout's focus after navigation lands on it.
 */
export function NotFound({ title, text, list }: NotFoundProps) {
  const t = useT();
  const heading = title ?? t('notFound.title');
  usePageTitle(heading);
  return (
    <div className="page page--narrow not-found">
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{text ?? (list ? t('notFound.itemText') : t('notFound.text'))}</p>
      <nav aria-labelledby="not-found-onward">
        <h2 id="not-found-onward" className="not-found__onward">
          {t('notFound.onward')}
        </h2>
        <ul className="not-found__links">
          {list && (
            <li>
              <Link to={list.to}>{list.label}</Link>
            </li>
          )}
          <li>
            <Link to="/">{t('error.toHome')}</Link>
          </li>
          {SEARCHABLE.filter((search) => search.to !== list?.to).map((search) => (
            <li key={search.to}>
              <Link to={search.to}>{t(search.label)}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}

import type { OwnItemSuggestions } from '@motesplats/contracts';
import { Link } from 'react-router';
import { useT } from '../../../lib/i18n';

const PATH = { CHALLENGE: '/challenges', OFFERING: '/offerings' } as const;
/** A challenge's suggestions are offerings, and the other way round. */
const COUNTERPART = { CHALLENGE: '/offerings', OFFERING: '/challenges' } as const;

/** One of the reader's own challenges or offerings with its best suggestions not yet matched. */
export function OwnItemSuggestionsCard({ item }: { item: OwnItemSuggestions }) {
  const t = useT();
  const headingId = `own-${item.id}`;
  return (
    <li className="own-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="own-item__title">
        <Link to={`${PATH[item.kind]}/${item.id}`}>
          {t(`overview.suggestions.${item.kind}`, { title: item.title })}
        </Link>
      </h3>
      {item.suggestions.length === 0 ? (
        <p className="meta">{t('overview.suggestions.none')}</p>
      ) : (
        <ul className="own-item__suggestions">
          {item.suggestions.map((suggestion) => (
            <li key={suggestion.id}>
              <Link to={`${COUNTERPART[item.kind]}/${suggestion.id}`}>{suggestion.title}</Link>
              <span className="meta"> · {suggestion.organisationName}</span>
              <p className="meta">{suggestion.explanation}</p>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

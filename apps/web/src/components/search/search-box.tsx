import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../lib/i18n';
import { Button } from '../button';

export interface SearchBoxProps {
  /** The text in the address (SearchState.q). */
  value: string;
  onSearch: (q: string) => void;
  label: string;
  hint?: string;
}

/** The free-text search of a browse page, a landmark of its own (role="search"). */
export function SearchBox({ value, onSearch, label, hint }: SearchBoxProps) {
  const t = useT();
  const id = useId();
  // Typing is local; the address changes (one history entry) only when the reader searches.
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Back/forward or a removed chip changed the address: show what it now says.
    setShown(value);
    setDraft(value);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="search-box" role="search" onSubmit={submit} aria-label={label}>
      <label className="field__label" htmlFor={`${id}-q`}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="search-box__row">
        <input
          id={`${id}-q`}
          className="input search-box__input"
          type="search"
          name="q"
          maxLength={200}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <Button type="submit">{t('search.submit')}</Button>
      </div>
    </form>
  );
}

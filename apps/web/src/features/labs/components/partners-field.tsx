import type { OrganisationRef } from '@motesplats/contracts';
import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form';
import { Button } from '../../../components/button';
import { useFieldIds } from '../../../components/form/form-context';
import { FieldError, FieldsetShell, useFieldState } from '../../../components/form/field-shell';
import '../../../components/form/checkboxes.css';
import { useT } from '../../../lib/i18n';
import type { LabFormInput, LabFormOutput, OrganisationSearchQuery } from './lab-form-values';

/** Fewer letters match too much of the register to be worth a request. */
const SEARCH_MIN_LENGTH = 2;
const SEARCH_PAGE_SIZE = 8;
/** Waiting for a pause in typing keeps one request per word rather than one per letter. */
const SEARCH_DELAY_MS = 250;

function useSettledValue(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return settled;
}

export interface PartnersFieldProps<K extends QueryKey> {
  form: UseFormReturn<LabFormInput, unknown, LabFormOutput>;
  organisationSearch: OrganisationSearchQuery<K>;
  legend: string;
  /** Organisation id → name for every partner the form may hold (the form stores ids only). */
  names: ReadonlyMap<string, string>;
  onOrganisationChosen: (organisation: OrganisationRef) => void;
}

/**
 * The lab's partners as a field array: each with its role and a remove button, and a search to
 * add another. The lab's own organisation and those already added are not offered.
 */
export function PartnersField<K extends QueryKey>({
  form,
  organisationSearch,
  legend,
  names,
  onOrganisationChosen,
}: PartnersFieldProps<K>) {
  const t = useT();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'partners' });
  const ownOrganisationId = useWatch({ control: form.control, name: 'organisationId' });
  const { id, hintId, errorId, error } = useFieldState(form.control, 'partners', t('labs.partners.hint'));
  const searchIds = useFieldIds('partners-search');
  const [query, setQuery] = useState('');
  const settled = useSettledValue(query).trim();
  const search = useQuery({
    ...organisationSearch({ q: settled, page: 1, pageSize: SEARCH_PAGE_SIZE }),
    enabled: settled.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
  });
  const [announcement, setAnnouncement] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  // After adding, focus goes to the new partner's role (the next thing to fill in), once its
  // input exists; the result button that was pressed is gone by then.
  const focusRoleOf = useRef<number | null>(null);
  useEffect(() => {
    if (focusRoleOf.current === null) return;
    form.setFocus(`partners.${focusRoleOf.current}.role`);
    focusRoleOf.current = null;
  }, [fields.length, form]);

  const nameOf = (organisationId: string) => names.get(organisationId) ?? organisationId;
  const chosen = new Set(fields.map((f) => f.organisationId));
  const searching = query.trim().length >= SEARCH_MIN_LENGTH;
  const candidates = (search.data?.items ?? []).filter((o) => o.id !== ownOrganisationId && !chosen.has(o.id));

  const add = (organisation: OrganisationRef) => {
    onOrganisationChosen(organisation);
    focusRoleOf.current = fields.length;
    append({ organisationId: organisation.id, role: '' }, { shouldFocus: false });
    setQuery('');
    setAnnouncement(t('labs.partners.added', { name: organisation.name }));
  };
  const removeAt = (index: number, organisationId: string) => {
    remove(index);
    setAnnouncement(t('labs.partners.removed', { name: nameOf(organisationId) }));
    searchRef.current?.focus();
  };

  let searchState: string | null = null;
  if (searching) {
    if (search.isError) searchState = t('labs.partners.searchFailed');
    else if (!search.data || search.isFetching) searchState = t('labs.partners.searching');
    else if (candidates.length === 0) searchState = t('labs.partners.noResults');
    else searchState = t('labs.partners.resultCount', { count: candidates.length });
  }

  return (
    <FieldsetShell
      hintId={hintId}
      errorId={errorId}
      legend={legend}
      hint={t('labs.partners.hint')}
      // The id lets the error summary's link land here when the list as a whole is refused.
      error={
        error && (
          <span id={id} tabIndex={-1}>
            {error}
          </span>
        )
      }
    >
      {fields.length === 0 ? (
        <p>{t('labs.partners.none')}</p>
      ) : (
        <ul className="list" aria-label={t('labs.partners.chosen')}>
          {fields.map((field, index) => (
            <PartnerRow
              key={field.id}
              form={form}
              index={index}
              name={nameOf(field.organisationId)}
              onRemove={() => removeAt(index, field.organisationId)}
            />
          ))}
        </ul>
      )}
      <div className="field">
        <label className="field__label" htmlFor={searchIds.id}>
          {t('labs.partners.search')}
        </label>
        <p className="field__hint" id={searchIds.hintId}>
          {t('labs.partners.searchHint')}
        </p>
        <input
          ref={searchRef}
          id={searchIds.id}
          className="input input--medium"
          type="search"
          autoComplete="off"
          aria-describedby={searchIds.hintId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter here means "search", never "save the lab".
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <p role="status" className="meta">
        {searchState}
      </p>
      {searching && candidates.length > 0 && (
        <ul className="chosen-list" aria-label={t('labs.partners.results')}>
          {candidates.map((organisation) => (
            <li key={organisation.id}>
              <Button variant="secondary" onClick={() => add(organisation)}>
                {t('labs.partners.add', { name: organisation.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </FieldsetShell>
  );
}

interface PartnerRowProps {
  form: UseFormReturn<LabFormInput, unknown, LabFormOutput>;
  index: number;
  name: string;
  onRemove: () => void;
}

function PartnerRow({ form, index, name, onRemove }: PartnerRowProps) {
  const t = useT();
  const organisation = useFieldState(form.control, `partners.${index}.organisationId`);
  const role = useFieldState(form.control, `partners.${index}.role`);
  return (
    <li className="list-item">
      <div className="list-item__main">
        {/* Focusable by the error summary's link when the server refuses this organisation. */}
        <p>
          <strong id={organisation.id} tabIndex={-1}>
            {name}
          </strong>
        </p>
        {organisation.error && <FieldError id={organisation.errorId}>{organisation.error}</FieldError>}
        <div className={role.error ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={role.id}>
            {t('labs.partners.role')}
            <span className="visually-hidden"> – {name}</span>
          </label>
          {role.error && <FieldError id={role.errorId}>{role.error}</FieldError>}
          <input
            {...role.inputProps}
            {...form.register(`partners.${index}.role`)}
            className="input input--medium"
            type="text"
            autoComplete="off"
          />
        </div>
      </div>
      <Button
        variant="secondary"
        aria-label={t('labs.partners.removeNamed', { name })}
        aria-describedby={organisation.error ? organisation.errorId : undefined}
        onClick={onRemove}
      >
        {t('labs.partners.remove')}
      </Button>
    </li>
  );
}

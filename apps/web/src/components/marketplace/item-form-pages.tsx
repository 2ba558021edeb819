import type { OrganisationRef } from '@motesplats/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, useState, type ReactNode } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { isApiError } from '../../lib/api-client';
import { withFlash } from '../../lib/flash';
import { useT } from '../../lib/i18n';
import { useMe } from '../../lib/session';
import { isNotFound } from '../not-found';
import { usePageTitle } from '../page-title';
import { EditForbidden, VersionConflictNotice } from './edit-notices';
import { safeReturnTo } from '../../lib/return-to';
import { isPublic, itemPath, type ItemKind, type ItemSummary, type PublishableItem } from './item-kind';
import { RecordLoadState } from './record-load-state';

/**
 * What the page gives a kind's form. Create and edit share one form, validated with the kind's
 * create contract (the edit page sends the fields as an update, with the version it read), so
 * both refuse the same input.
 */
export interface ItemFormProps<I extends FieldValues, O> {
  mode: 'create' | 'edit';
  /** The organisations the author may post for; the choice shows only when creating. */
  organisations: OrganisationRef[];
  defaultValues: DefaultValues<I>;
  onSubmit: (values: O) => Promise<unknown>;
  /** Beside the submit button: the way back. */
  secondary: ReactNode;
}

/** Values every create contract has besides the item's own fields. */
interface CreateValues {
  organisationId: string;
  status?: unknown;
}

export interface CreateItemPageProps<S extends string, R extends ItemSummary<S>, I extends FieldValues, O> {
  kind: ItemKind<S, R>;
  /** A new item's starting values; the organisation is chosen by the page. */
  defaults: DefaultValues<I>;
  /** Saves it (the kind's create mutation). */
  create: (values: O) => Promise<R>;
  form: (props: ItemFormProps<I, O>) => ReactNode;
}

/**
 * Creating one of a kind: for members of the organisations that create them (?organisationId=
 * picks one), a notice for everyone else. A created item opens its own page, or, when it went
 * public at once and the page was opened with ?returnTo= (from the other kind's page, to open a
 * match with it), the page it came from.
 */
export function CreateItemPage<S extends string, R extends ItemSummary<S>, I extends FieldValues, O>({
  kind,
  defaults,
  create,
  form,
}: CreateItemPageProps<S, R, I, O>) {
  const t = useT();
  const title = t(`${kind.name}.new.title`);
  usePageTitle(title);
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const organisations = (me?.memberships ?? [])
    .filter((m) => m.organisation.kind === kind.creator)
    .map((m) => m.organisation);
  const asked = params.get('organisationId');
  const only = organisations.length === 1 ? organisations[0] : undefined;
  const organisationId = organisations.find((o) => o.id === asked)?.id ?? only?.id;

  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      {organisations.length === 0 ? (
        <div className="notice">
          <p>{t(kind.needsCreator)}</p>
          <p>
            <Link to="/organisations/new">{t('marketplace.registerOrganisation')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">{t(`${kind.name}.new.intro`)}</p>
          {only && <p>{t('marketplace.postingFor', { name: only.name })}</p>}
          {form({
            mode: 'create',
            organisations,
            defaultValues: { ...defaults, organisationId } as DefaultValues<I>,
            onSubmit: async (values) => {
              const item = await create(values);
              const back = isPublic(kind, item) ? safeReturnTo(params.get('returnTo'), '') : '';
              await navigate(back || itemPath(kind, item.id), { state: withFlash(`${kind.name}.created`) });
            },
            secondary: <Link to={safeReturnTo(params.get('returnTo'), itemPath(kind))}>{t('common.cancel')}</Link>,
          })}
        </>
      )}
    </div>
  );
}

/**
 * A stored item as its form's starting values: every field of the create contract that the
 * item has, its organisation, and `overrides` for fields stored in another shape (a lab's
 * reference, partners). The status is left out: it has its own buttons on the item's page.
 */
export function storedValues<I extends FieldValues>(
  schema: z.ZodObject,
  item: PublishableItem<string>,
  overrides: Partial<I> = {},
): DefaultValues<I> {
  const fields = Object.keys(schema.shape).filter((name) => name !== 'status' && name in item);
  const values = Object.fromEntries(fields.map((name) => [name, item[name as keyof typeof item]]));
  return { ...values, organisationId: item.organisation.id, ...overrides } as DefaultValues<I>;
}

export interface EditItemPageProps<
  S extends string,
  R extends ItemSummary<S>,
  T extends R & PublishableItem<S>,
  I extends FieldValues,
  O,
> {
  kind: ItemKind<S, R>;
  query: UseQueryResult<T>;
  /** Saves the fields at the version read (the kind's update mutation); 409 VERSION_CONFLICT when stale. */
  update: (body: Omit<O, keyof CreateValues> & { version: number }) => Promise<unknown>;
  form: (props: ItemFormProps<I, O>, item: T) => ReactNode;
  /** The form's starting values for the stored item (see storedValues). */
  valuesOf: (item: T) => DefaultValues<I>;
}

/**
 * Editing one item: for those who may (canEdit), with a notice and a reload when someone else
 * saved first. Neither the organisation nor the status is changed here.
 */
export function EditItemPage<
  S extends string,
  R extends ItemSummary<S>,
  T extends R & PublishableItem<S>,
  I extends FieldValues,
  O extends CreateValues,
>({ kind, query, update, form, valuesOf }: EditItemPageProps<S, R, T, I, O>) {
  const t = useT();
  const navigate = useNavigate();
  const [conflict, setConflict] = useState(false);
  const title = t(`${kind.name}.edit.title`);
  const notFound = {
    title: t(`${kind.name}.notFound`),
    list: { to: itemPath(kind), label: t(`${kind.name}.backToList`) },
  };
  usePageTitle(isNotFound(query.error) ? notFound.title : title);

  if (query.isPending || query.isError) {
    return <RecordLoadState title={title} query={query} className="page page--narrow" notFound={notFound} />;
  }
  const item = query.data;
  if (!item.canEdit) return <EditForbidden title={title} />;

  const save = async (values: O) => {
    const { organisationId: _organisationId, status: _status, ...fields } = values;
    try {
      await update({ ...fields, version: item.version });
    } catch (error) {
      if (isApiError(error, 'VERSION_CONFLICT')) setConflict(true);
      throw error;
    }
    await navigate(itemPath(kind, item.id), { state: withFlash('marketplace.saved') });
  };

  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <p className="lead">{kind.titleOf(item)}</p>
      {conflict && (
        <VersionConflictNotice
          onReload={() => {
            setConflict(false);
            void query.refetch();
          }}
        />
      )}
      {/* Keyed by version: a reload after a conflict starts the form again from what is stored now. */}
      <Fragment key={item.version}>
        {form(
          {
            mode: 'edit',
            organisations: [item.organisation],
            defaultValues: valuesOf(item),
            onSubmit: save,
            secondary: <Link to={itemPath(kind, item.id)}>{t('common.cancel')}</Link>,
          },
          item,
        )}
      </Fragment>
    </div>
  );
}

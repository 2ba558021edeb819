import { CreateMatchBody } from '@motesplats/contracts';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { ContractForm } from '../../../components/form/contract-form';
import { SelectField } from '../../../components/form/select-field';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { Loading } from '../../../components/query-states';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useOpenMatch, type OnMatchOpened } from '../api/open-match';

export interface OpenMatchPanelProps {
  /** The page's item: an open challenge (the reader expresses interest) or a published offering (invites). */
  subject: 'challenges' | 'offerings';
  itemId: string;
  /** Whether the item takes new matches (open, public); otherwise only the reader's matches show. */
  canOpen: boolean;
  /** The reader's own offerings (or open challenges) that have no match with the item yet; undefined while loading. */
  choices: { id: string; title: string }[] | undefined;
  /** Where to create a new one; the create page brings the reader back here. */
  createPath: string;
  /** The reader's matches with the item (ItemMatchesList of the matches feature), and whether there are any. */
  existing: ReactNode;
  hasExisting: boolean;
  onMatchOpened?: OnMatchOpened;
}

/**
 * On any open challenge an actor's member expresses interest, and on any published offering a
 * housing company's member invites it, choosing which of their own items the match is for; a
 * new one can be created first. The suggestions panel only ever shows the best few pairs.
 */
export function OpenMatchPanel({
  subject,
  itemId,
  canOpen,
  choices,
  createPath,
  existing,
  hasExisting,
  onMatchOpened,
}: OpenMatchPanelProps) {
  const t = useT();
  const action = subject === 'challenges' ? 'EXPRESS_INTEREST' : 'INVITE';
  const field = subject === 'challenges' ? 'offeringId' : 'challengeId';
  const navigate = useNavigate();
  const create = useOpenMatch(onMatchOpened);
  const form = useContractForm(CreateMatchBody, {
    scope: 'itemMatch',
    defaultValues: {
      action,
      ...(subject === 'challenges' ? { challengeId: itemId } : { offeringId: itemId }),
      note: '',
      curatorNote: '',
    },
  });
  const headingId = `item-matches-${subject}-title`;
  const choiceLabel = t(`itemMatches.choice.${action}`);
  if (!canOpen && !hasExisting) return null;

  return (
    <section className="section panel item-matches-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`itemMatches.title.${subject}`)}</h2>
      {existing}
      {canOpen && (
        <>
          <p>{t(`itemMatches.intro.${action}`)}</p>
          {choices === undefined ? (
            <Loading />
          ) : choices.length === 0 ? (
            <p>{t(`itemMatches.none.${action}`)}</p>
          ) : (
            <ContractForm
              form={form}
              scope="itemMatch"
              labels={{ [field]: choiceLabel, note: t('suggestions.note') }}
              submitLabel={t(`suggestions.submit.${action}`)}
              aria-labelledby={headingId}
              onSubmit={async (body) => {
                const match = await create.mutateAsync(body);
                await navigate(`/matches/${match.id}`, { state: withFlash(`suggestions.created.${action}`) });
              }}
            >
              <SelectField
                form={form}
                name={field}
                label={choiceLabel}
                hint={t(`itemMatches.choiceHint.${action}`)}
                placeholder={t(`itemMatches.placeholder.${action}`)}
                options={choices.map((choice) => ({ value: choice.id, label: choice.title }))}
              />
              <TextareaField
                form={form}
                name="note"
                label={t('suggestions.note')}
                hint={t(`suggestions.noteHint.${action}`)}
                optional
                rows={3}
              />
            </ContractForm>
          )}
          <p>
            <Link to={createPath}>{t(`itemMatches.create.${action}`)}</Link>{' '}
            <span className="meta">{t(`itemMatches.createHint.${action}`)}</span>
          </p>
        </>
      )}
    </section>
  );
}

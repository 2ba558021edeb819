import { UpdateMatchBody, type Match } from '@motesplats/contracts';
import { ContractForm } from '../../../components/form/contract-form';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { StatusMessage } from '../../../components/status-message';
import { useT } from '../../../lib/i18n';
import { useUpdateMatch } from '../api/update-match';
import { isStaleMatchError } from './match-actions';

export interface CuratorNoteFormProps {
  match: Match;
  /** "Saved", said here rather than at the top of the page, where focus would have to jump. */
  status: string | null;
  onSaved: () => void;
  onStale: () => void;
}

/** Curators' own note on the match; the parties never see it. */
export function CuratorNoteForm({ match, status, onSaved, onStale }: CuratorNoteFormProps) {
  const t = useT();
  const update = useUpdateMatch(match.id);
  const form = useContractForm(UpdateMatchBody, {
    scope: 'curatorNote',
    defaultValues: { curatorNote: match.curatorNote ?? '', version: match.version },
  });
  return (
    <section className="section panel" aria-labelledby="curator-note-title">
      <h2 id="curator-note-title" tabIndex={-1}>
        {t('matches.curatorNote.title')}
      </h2>
      <StatusMessage message={status} />
      <ContractForm
        form={form}
        scope="curatorNote"
        aria-labelledby="curator-note-title"
        labels={{ curatorNote: t('matches.curatorNote.label') }}
        submitLabel={t('matches.curatorNote.save')}
        onSubmit={async (body) => {
          try {
            await update.mutateAsync({ ...body, version: match.version });
            onSaved();
          } catch (failure) {
            if (isStaleMatchError(failure)) onStale();
            else throw failure;
          }
        }}
      >
        <TextareaField
          form={form}
          name="curatorNote"
          label={t('matches.curatorNote.label')}
          hint={t('matches.curatorNote.hint')}
          optional
          rows={3}
        />
      </ContractForm>
    </section>
  );
}

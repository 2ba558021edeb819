import { CreateMatchBody, type OpeningAction } from '@motesplats/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { TextareaField } from '../../../components/form/textarea-field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { isApiError } from '../../../lib/api-client';
import { withFlash } from '../../../lib/flash';
import { useT } from '../../../lib/i18n';
import { useOpenMatch, type OnMatchOpened } from '../api/open-match';

export interface OpenMatchButtonProps {
  action: OpeningAction;
  challengeId: string;
  offeringId: string;
  /** What the pair is, read out with the button ("Propose match: Läxhjälp – Kunskapsbron"). */
  context: string;
  onOpened?: OnMatchOpened;
}

/**
 * Proposes, invites or expresses interest for one pair, with an optional note, in place: the
 * button opens a small form (focus goes to its note), and a created match opens its own page.
 * A pair that already has a match links to it instead.
 */
export function OpenMatchButton({ action, challengeId, offeringId, context, onOpened }: OpenMatchButtonProps) {
  const t = useT();
  const navigate = useNavigate();
  const create = useOpenMatch(onOpened);
  const [open, setOpen] = useState(false);
  const [existing, setExisting] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const existingRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);
  const form = useContractForm(CreateMatchBody, {
    scope: 'openMatch',
    defaultValues: { action, challengeId, offeringId, note: '', curatorNote: '' },
  });

  useEffect(() => {
    if (open) formRef.current?.querySelector('textarea')?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [open]);

  useEffect(() => {
    if (existing) existingRef.current?.focus();
  }, [existing]);

  if (existing) {
    return (
      <div className="notice" tabIndex={-1} ref={existingRef}>
        <p>
          {t('suggestions.matchExists')} <Link to={`/matches/${existing}`}>{t('suggestions.openExisting')}</Link>
        </p>
      </div>
    );
  }

  if (!open) {
    return (
      <Button ref={triggerRef} variant="secondary" onClick={() => setOpen(true)}>
        {t(`suggestions.open.${action}`)}
        <span className="visually-hidden">: {context}</span>
      </Button>
    );
  }

  return (
    <div className="open-match" ref={formRef}>
      <ContractForm
        form={form}
        scope="openMatch"
        labels={{ note: t('suggestions.note') }}
        submitLabel={t(`suggestions.submit.${action}`)}
        onSubmit={async (body) => {
          try {
            const match = await create.mutateAsync(body);
            await navigate(`/matches/${match.id}`, { state: withFlash(`suggestions.created.${action}`) });
          } catch (error) {
            const matchId = isApiError(error, 'MATCH_EXISTS') ? error.details.matchId : undefined;
            if (typeof matchId === 'string') setExisting(matchId);
            else throw error;
          }
        }}
        secondary={
          <Button
            variant="quiet"
            onClick={() => {
              returnFocus.current = true;
              setOpen(false);
            }}
          >
            {t('common.cancel')}
          </Button>
        }
      >
        <TextareaField
          form={form}
          name="note"
          label={t('suggestions.note')}
          hint={t(`suggestions.noteHint.${action}`)}
          optional
          rows={3}
        />
      </ContractForm>
    </div>
  );
}

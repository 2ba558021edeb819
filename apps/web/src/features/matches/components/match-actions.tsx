import { MATCH_TRANSITIONS, TransitionMatchBody, type Match, type TransitionAction } from '@motesplats/contracts';
import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { Button } from '../../../components/button';
import { ContractForm } from '../../../components/form/contract-form';
import { FieldShell, useFieldState } from '../../../components/form/field-shell';
import { useContractForm, type ContractFormReturn } from '../../../components/form/use-contract-form';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useTransitionMatch } from '../api/transition-match';

/** The actions that ask for a text first (those the table gives a required or kept text). */
type AskingAction = Extract<TransitionAction, 'DECLINE' | 'WITHDRAW' | 'PROPOSE_COMPLETION' | 'DECLINE_COMPLETION'>;
interface Ask {
  field: 'reason' | 'outcomeSummary';
  optional: boolean;
}

/** The free text an action asks for first (the table's required or kept text), if any. */
function askOf(action: TransitionAction): Ask | null {
  const rule = MATCH_TRANSITIONS[action];
  const field = rule.requires ?? rule.keeps?.text;
  return field ? { field, optional: rule.requires === undefined } : null;
}

function asksFirst(action: TransitionAction): action is AskingAction {
  return askOf(action) !== null;
}

const VARIANT: Record<TransitionAction, 'primary' | 'secondary' | 'danger'> = {
  ACCEPT: 'primary',
  START: 'primary',
  PROPOSE_COMPLETION: 'primary',
  CONFIRM_COMPLETION: 'primary',
  DECLINE: 'danger',
  WITHDRAW: 'danger',
  DECLINE_COMPLETION: 'secondary',
};

/** Someone else changed the match first: its state or its version is not what this page showed. */
export function isStaleMatchError(error: unknown): boolean {
  return isApiError(error, 'VERSION_CONFLICT') || isApiError(error, 'CONFLICT');
}

interface ActionTextFieldProps {
  form: ContractFormReturn<typeof TransitionMatchBody>;
  name: Ask['field'];
  label: string;
  hint: string;
  optional: boolean;
}

/** The action's text; rendered inside the form, so its ids are the ones the error summary links to. */
function ActionTextField({ form, name, label, hint, optional }: ActionTextFieldProps) {
  const { inputProps, error, ...ids } = useFieldState(form.control, name, hint);
  return (
    <FieldShell {...ids} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        {...inputProps}
        {...form.register(name, {
          // An optional text left empty is no text at all, not a too-short one.
          setValueAs: (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
        })}
        className="input input--full"
        rows={4}
      />
    </FieldShell>
  );
}

interface TransitionFormProps {
  match: Match;
  action: AskingAction;
  onCancel: () => void;
  onDone: (action: TransitionAction) => void;
  onStale: () => void;
}

/** An action that needs a few words first: a decline's reason, a completion's outcome. */
function TransitionForm({ match, action, onCancel, onDone, onStale }: TransitionFormProps) {
  const t = useT();
  const ask = askOf(action) ?? { field: 'reason', optional: true };
  const transition = useTransitionMatch(match.id);
  const form = useContractForm(TransitionMatchBody, {
    scope: 'matchTransition',
    defaultValues: { action, version: match.version },
  });
  const hint = t(`matches.actions.hint.${action}`);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('textarea')?.focus();
  }, []);
  const label = t(`matches.actions.field.${action}`);
  return (
    <div className="match-action-form panel" ref={ref}>
      <ContractForm
        form={form}
        scope="matchTransition"
        labels={{ [ask.field]: label }}
        submitLabel={t(`matches.actions.confirm.${action}`)}
        onSubmit={async (body: z.output<typeof TransitionMatchBody>) => {
          try {
            await transition.mutateAsync({ ...body, version: match.version });
            onDone(action);
          } catch (failure) {
            if (isStaleMatchError(failure)) onStale();
            else throw failure;
          }
        }}
        secondary={
          <Button variant="quiet" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        }
      >
        <ActionTextField form={form} name={ask.field} label={label} hint={hint} optional={ask.optional} />
      </ContractForm>
    </div>
  );
}

export interface MatchActionsProps {
  match: Match;
  onDone: (action: TransitionAction) => void;
  onStale: () => void;
  onError: (error: unknown) => void;
}

/** Exactly the actions the reader may take now (Match.allowedActions), nothing else. */
export function MatchActions({ match, onDone, onStale, onError }: MatchActionsProps) {
  const t = useT();
  const transition = useTransitionMatch(match.id);
  const [asking, setAsking] = useState<AskingAction | null>(null);
  const buttons = useRef(new Map<TransitionAction, HTMLButtonElement | null>());

  if (match.allowedActions.length === 0) return <p>{t('matches.actions.none')}</p>;

  const take = (action: TransitionAction) => {
    if (asksFirst(action)) {
      setAsking(action);
      return;
    }
    transition.mutate(
      { action, version: match.version },
      {
        onSuccess: () => onDone(action),
        onError: (failure) => (isStaleMatchError(failure) ? onStale() : onError(failure)),
      },
    );
  };

  return (
    <>
      <div className="inline-actions" role="group" aria-label={t('matches.actions.label')}>
        {match.allowedActions.map((action) => (
          <Button
            key={action}
            ref={(element) => {
              buttons.current.set(action, element);
            }}
            variant={VARIANT[action]}
            aria-expanded={asksFirst(action) ? asking === action : undefined}
            busy={transition.isPending && transition.variables?.action === action}
            onClick={() => take(action)}
          >
            {t(`matches.actions.${action}`)}
          </Button>
        ))}
      </div>
      {asking && (
        <TransitionForm
          key={asking}
          match={match}
          action={asking}
          onCancel={() => {
            const back = buttons.current.get(asking);
            setAsking(null);
            back?.focus();
          }}
          onDone={(action) => {
            setAsking(null);
            onDone(action);
          }}
          onStale={() => {
            setAsking(null);
            onStale();
          }}
        />
      )}
    </>
  );
}

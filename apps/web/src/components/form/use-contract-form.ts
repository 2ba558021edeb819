import { zodResolver } from '@hookform/resolvers/zod';
import {
  get,
  useForm,
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { issueMessageKey } from '../../lib/error-messages';

type ContractSchema = z.ZodType<FieldValues, FieldValues>;

export type ContractFormReturn<S extends ContractSchema> = UseFormReturn<z.input<S>, unknown, z.output<S>>;

function isFieldError(node: unknown): node is { type: string; message?: string } {
  return typeof node === 'object' && node !== null && typeof (node as { type?: unknown }).type === 'string';
}

/** Replaces zod's (English) messages with message keys chosen by field and issue code. */
function withMessageKeys(errors: FieldErrors, values: FieldValues, scope: string | undefined): FieldErrors {
  const visit = (node: unknown, path: string[]): unknown => {
    if (isFieldError(node)) {
      const message = issueMessageKey({ path, code: node.type }, get(values, path.join('.')), scope);
      return { ...node, message };
    }
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child, [...path, key])]));
  };
  return visit(errors, []) as FieldErrors;
}

function contractResolver<S extends ContractSchema>(schema: S, scope: string | undefined) {
  const resolve = zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>;
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, context, options) => {
    const result = await resolve(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    return { values: {}, errors: withMessageKeys(result.errors, values, scope) as typeof result.errors };
  };
  return resolver;
}

export interface ContractFormOptions<S extends ContractSchema> {
  defaultValues?: DefaultValues<z.input<S>>;
  /** Picks form-specific messages (validation.<scope>.<field>.<code>) before generic ones. */
  scope?: string;
}

/**
 * A react-hook-form form validated with the request's contract schema, so the form and the API
 * refuse exactly the same input. Focus goes to the error summary, not the first field, after a
 * failed submit (see ContractForm).
 */
export function useContractForm<S extends ContractSchema>(
  schema: S,
  options: ContractFormOptions<S> = {},
): ContractFormReturn<S> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: contractResolver(schema, options.scope),
    defaultValues: options.defaultValues,
    shouldFocusError: false,
    // Messages change only when the form is sent. Re-validating on blur made the summary and
    // inline errors shrink under the pointer, so the click on "send" landed beside the button.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
}

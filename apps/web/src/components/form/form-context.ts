import { createContext, useContext } from 'react';

/** Ids are prefixed per form, so two forms on one page may both have a "name" field. */
export const FormIdContext = createContext<string>('form');

export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^\w-]/g, '-')}`;
}

export function useFieldIds(name: string) {
  const prefix = useContext(FormIdContext);
  const id = fieldId(prefix, name);
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

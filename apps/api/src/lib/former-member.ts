/*
 * A deleted account keeps its row, emptied (modules/your-data): what its person wrote is shown
 * by "a former member", a label each reader's language supplies. Every mapper that shows a
 * person's name selects `authorRef` and answers through these.
 */

export const personRef = { select: { id: true, name: true, deletedAt: true } } as const;

export interface PersonRow {
  id: string;
  name: string;
  deletedAt: Date | null;
}

export const isFormerMember = (person: Pick<PersonRow, 'deletedAt'> | null | undefined): boolean =>
  person?.deletedAt != null;

/** The name to show, or null for a former member (or nobody). */
export const shownName = (person: Pick<PersonRow, 'name' | 'deletedAt'> | null | undefined): string | null =>
  person && !person.deletedAt ? person.name : null;

/** A person as the contracts' UserRef: a former member's name is empty and flagged. */
export function toUserRef(person: PersonRow | null): { id: string; name: string; formerMember: boolean } | null {
  if (!person) return null;
  return { id: person.id, name: shownName(person) ?? '', formerMember: isFormerMember(person) };
}

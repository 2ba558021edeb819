/**
 * "1 jan. 2027 – 31 dec. 2027", with "…" for an open end; null when neither date is set. A module
 * of its own: cards on list pages show it without loading the detail page's forms.
 */
export function periodOf(
  item: { startsOn: string | null; endsOn: string | null },
  formatDate: (date: string) => string,
): string | null {
  if (!item.startsOn && !item.endsOn) return null;
  return `${item.startsOn ? formatDate(item.startsOn) : '…'} – ${item.endsOn ? formatDate(item.endsOn) : '…'}`;
}

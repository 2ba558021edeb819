/**
 * The number of results, in a polite live region that stays in the page, so that a changed
 * filter is followed by "12 challenges" being read out without moving focus.
 */
export function ResultCount({ text, busy }: { text: string; busy?: boolean }) {
  return (
    <p className="result-count" role="status" aria-live="polite" aria-busy={busy || undefined}>
      {text}
    </p>
  );
}

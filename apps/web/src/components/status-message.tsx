/**
 * A polite live region that is always in the page, so that text put into it is read out
 * (a region that appears together with its text often is not).
 */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <p role="status" className={message ? 'status-message' : 'status-message status-message--empty'}>
      {message}
    </p>
  );
}

/**
 * Where to go after signing in. Only a path inside this app is accepted ("//evil.example" and
 * absolute URLs are not), so the parameter cannot be used to send people elsewhere.
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** Where signing in leads when nothing else was asked for: what waits for the person. */
export const SIGNED_IN_HOME = '/overview';

export function signInPath(returnTo: string): string {
  return `/sign-in?returnTo=${encodeURIComponent(returnTo)}`;
}

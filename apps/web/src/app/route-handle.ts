/** What a route tells the layout about itself (react-router's `handle`). */
export interface RouteHandle {
  /** The page belongs to a signed-in user; when the session ends, the reader is sent to sign in. */
  requiresSession?: boolean;
}

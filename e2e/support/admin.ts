/**
 * The run's administrator: playwright.config.ts passes it to the app as ADMIN_EMAIL and
 * ADMIN_PASSWORD, and the app creates the account at start. Journeys use it where they need a
 * curator (ADMIN has every curator right), never a demo account.
 */
export const E2E_ADMIN = {
  email: 'administrator@e2e.example.org',
  password: 'e2e-administratörens-lösenord',
} as const;

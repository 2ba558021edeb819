// One flat config for the whole monorepo. Only syntax-level rules: no rule here needs type
// information, so `eslint .` stays fast; `pnpm typecheck` runs the compiler separately.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const CODE = '**/*.{js,mjs,cjs,ts,mts,cts,tsx}';

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/coverage/',
    '.data/',
    'apps/api/src/generated/',
    'e2e/test-results/',
    'e2e/playwright-report/',
    'e2e/blob-report/',
    'e2e/.shuffled/',
  ]),

  {
    files: [CODE],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // apps never import each other by package name either (see the boundaries below).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@motesplats/api', '@motesplats/api/*', '@motesplats/web', '@motesplats/web/*'],
              message: 'Apps do not import each other; share code through @motesplats/contracts or @motesplats/texts.',
            },
          ],
        },
      ],
    },
  },

  {
    // The API logs through Fastify's pino logger; the SPA has no console to read in production.
    files: ['apps/*/src/**'],
    rules: { 'no-console': 'error' },
  },

  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },

  {
    // STYLE.md, "Layout": shared (components, lib) → features → app, no feature imports another,
    // and apps/api and apps/web meet only in packages/contracts and packages/texts.
    files: [CODE],
    plugins: { boundaries },
    settings: {
      // The plugin only judges imports it can resolve to a file. Relative imports in TypeScript
      // carry no extension; eslint-import-resolver-node (a root devDependency) finds them with these.
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'] },
      },
      // The first descriptor that matches a file's nearest folder wins, so the specific
      // web layers come before the catch-all `web`.
      'boundaries/elements': [
        { type: 'web-app', pattern: 'apps/web/src/app', partialMatch: false },
        { type: 'web-feature', pattern: 'apps/web/src/features/*', capture: ['feature'], partialMatch: false },
        { type: 'web-components', pattern: 'apps/web/src/components', partialMatch: false },
        { type: 'web-lib', pattern: 'apps/web/src/lib', partialMatch: false },
        { type: 'web', pattern: 'apps/web', partialMatch: false },
        { type: 'api', pattern: 'apps/api', partialMatch: false },
        { type: 'contracts', pattern: 'packages/contracts', partialMatch: false },
        { type: 'texts', pattern: 'packages/texts', partialMatch: false },
        { type: 'e2e', pattern: 'e2e', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.types }} may not import {{ to.element.types }} ({{ dependency.source }}); see STYLE.md, "Layout"',
          policies: [
            {
              from: { element: { type: 'web-app' } },
              allow: {
                to: {
                  element: {
                    types: { anyOf: ['web-app', 'web-feature', 'web-components', 'web-lib', 'contracts', 'texts'] },
                  },
                },
              },
            },
            {
              // Files of one feature import each other freely; another feature is off limits.
              from: { element: { type: 'web-feature' } },
              allow: [
                {
                  to: {
                    element: { type: 'web-feature', captured: { feature: '{{ from.element.captured.feature }}' } },
                  },
                },
                { to: { element: { types: { anyOf: ['web-components', 'web-lib', 'contracts', 'texts'] } } } },
              ],
            },
            {
              from: { element: { type: 'web-feature' } },
              disallow: {
                to: { element: { type: 'web-feature', captured: { feature: '!{{ from.element.captured.feature }}' } } },
              },
              message:
                'Feature "{{ from.element.captured.feature }}" may not import feature "{{ to.element.captured.feature }}" ({{ dependency.source }}); move what both need to components/ or lib/',
            },
            {
              from: { element: { types: { anyOf: ['web-components', 'web-lib'] } } },
              allow: { to: { element: { types: { anyOf: ['web-components', 'web-lib', 'contracts', 'texts'] } } } },
            },
            {
              // vite.config.ts, test setup and anything else of the web app outside those layers.
              from: { element: { type: 'web' } },
              allow: {
                to: {
                  element: { types: { anyOf: ['web', 'web-app', 'web-components', 'web-lib', 'contracts', 'texts'] } },
                },
              },
            },
            {
              from: { element: { type: 'api' } },
              allow: { to: { element: { types: { anyOf: ['api', 'contracts', 'texts'] } } } },
            },
            {
              from: { element: { type: 'contracts' } },
              allow: { to: { element: { type: 'contracts' } } },
            },
            {
              // The catalogue of messages both apps show; it may name the contracts' types.
              from: { element: { type: 'texts' } },
              allow: { to: { element: { types: { anyOf: ['texts', 'contracts'] } } } },
            },
            {
              // Journeys drive the real app through a browser; they may reuse the API's
              // database helpers and the contracts, never the SPA's internals.
              from: { element: { type: 'e2e' } },
              allow: { to: { element: { types: { anyOf: ['e2e', 'api', 'contracts'] } } } },
            },
          ],
        },
      ],
    },
  },
);

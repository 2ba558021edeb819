// One flat config for the whole monorepo. Only syntax-level rules: no rule here needs type
// information, so `eslint .` stays fast; `pnpm typecheck` runs the compiler separately.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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
              message: 'Apps do not import each other; share code through @motesplats/contracts.',
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
    // STYLE.md, "Layout": apps/api and apps/web meet only in packages/contracts. The layers inside
    // the web app have their own block below.
    files: [CODE],
    plugins: { boundaries },
    settings: {
      // The plugin only judges imports it can resolve to a file. Relative imports in TypeScript
      // carry no extension; eslint-import-resolver-node (a root devDependency) finds them with these.
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'] },
      },
      'boundaries/elements': [
        { type: 'web', pattern: 'apps/web', partialMatch: false },
        { type: 'api', pattern: 'apps/api', partialMatch: false },
        { type: 'contracts', pattern: 'packages/contracts', partialMatch: false },
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
              // vite.config.ts and anything else of the web app outside src/ (src/ is judged below).
              from: { element: { type: 'web' } },
              allow: { to: { element: { types: { anyOf: ['web', 'contracts'] } } } },
            },
            {
              from: { element: { type: 'api' } },
              allow: { to: { element: { types: { anyOf: ['api', 'contracts'] } } } },
            },
            {
              from: { element: { type: 'contracts' } },
              allow: { to: { element: { type: 'contracts' } } },
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

  // ---------------------------------------------------------------------------------------------
  // The web app's layers (STYLE.md, "Layout"; docs/architecture.md, "Following one feature"):
  //   lib, components (shared)  →  features/<domain>  →  app/routes/<domain> (pages)  →  app
  // A feature never imports another feature: the page that needs two composes them, and a
  // feature's cache is reached only through what it exports (its query options, keys, hooks).
  // This block replaces the boundaries settings above for the SPA's source, and forbids import
  // cycles there.
  // ---------------------------------------------------------------------------------------------
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'boundaries/elements': [
        { type: 'web-routes', pattern: 'apps/web/src/app/routes/*', capture: ['domain'], partialMatch: false },
        { type: 'web-app', pattern: 'apps/web/src/app', partialMatch: false },
        { type: 'web-feature', pattern: 'apps/web/src/features/*', capture: ['feature'], partialMatch: false },
        { type: 'web-components', pattern: 'apps/web/src/components', partialMatch: false },
        { type: 'web-lib', pattern: 'apps/web/src/lib', partialMatch: false },
        { type: 'web', pattern: 'apps/web', partialMatch: false },
        { type: 'api', pattern: 'apps/api', partialMatch: false },
        { type: 'contracts', pattern: 'packages/contracts', partialMatch: false },
      ],
      // no-cycle follows imports only into files it parses: the SPA's TypeScript.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.types }} may not import {{ to.element.types }} ({{ dependency.source }}); see STYLE.md, "Layout"',
          policies: [
            {
              // The router, layout and providers: the shell that holds the pages.
              from: { element: { type: 'web-app' } },
              allow: {
                to: {
                  element: {
                    types: {
                      anyOf: ['web-app', 'web-routes', 'web-feature', 'web-components', 'web-lib', 'contracts'],
                    },
                  },
                },
              },
            },
            {
              // Pages compose features; a page folder may hold helpers of its own domain's pages.
              from: { element: { type: 'web-routes' } },
              allow: [
                { to: { element: { types: { anyOf: ['web-feature', 'web-components', 'web-lib', 'contracts'] } } } },
                {
                  to: {
                    element: { type: 'web-routes', captured: { domain: '{{ from.element.captured.domain }}' } },
                  },
                },
              ],
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
                { to: { element: { types: { anyOf: ['web-components', 'web-lib', 'contracts'] } } } },
              ],
            },
            {
              from: { element: { type: 'web-feature' } },
              disallow: {
                to: { element: { type: 'web-feature', captured: { feature: '!{{ from.element.captured.feature }}' } } },
              },
              message:
                'Feature "{{ from.element.captured.feature }}" may not import feature "{{ to.element.captured.feature }}" ({{ dependency.source }}); a page in app/routes composes both, and passes one\'s query keys or callbacks to the other',
            },
            {
              from: { element: { type: 'web-components' } },
              allow: { to: { element: { types: { anyOf: ['web-components', 'web-lib', 'contracts'] } } } },
            },
            {
              from: { element: { type: 'web-lib' } },
              allow: { to: { element: { types: { anyOf: ['web-lib', 'contracts'] } } } },
            },
          ],
        },
      ],
    },
  },
);

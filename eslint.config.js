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

/** The API's layers below app.ts (see the boundaries elements). */
const API_LAYERS = ['api-module', 'api-plugins', 'api-lib', 'api-seed', 'api-db'];
/** Any layer may read the configuration's type and values. */
const API_CONFIG = { element: { type: 'api' }, file: { categories: 'config' } };

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
    // docs/architecture.md and decisions §10: the API's layers (below); apps/api and apps/web meet
    // only in packages/contracts and packages/texts. The layers inside the web app have their own
    // block further down.
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
        // The API, top to bottom: a module's routes → its service → its queries and mappers →
        // lib (who acts, visibility, audit, publishing, …) → db. plugins are the HTTP
        // infrastructure that turns a request into an actor; only routes and app.ts use them.
        { type: 'api-module', pattern: 'apps/api/src/modules/*', capture: ['module'], partialMatch: false },
        { type: 'api-plugins', pattern: 'apps/api/src/plugins', partialMatch: false },
        { type: 'api-lib', pattern: 'apps/api/src/lib', partialMatch: false },
        { type: 'api-seed', pattern: 'apps/api/src/db/seed', partialMatch: false },
        { type: 'api-db', pattern: 'apps/api/src/db', partialMatch: false },
        { type: 'api-db', pattern: 'apps/api/src/generated', partialMatch: false },
        { type: 'api-test', pattern: 'apps/api/src/test', partialMatch: false },
        // app.ts and main.ts (which compose everything), config.ts, bench/, scripts/.
        { type: 'api', pattern: 'apps/api', partialMatch: false },
        { type: 'contracts', pattern: 'packages/contracts', partialMatch: false },
        { type: 'texts', pattern: 'packages/texts', partialMatch: false },
        { type: 'e2e', pattern: 'e2e', partialMatch: false },
      ],
      // What a file of a module is: the layer, by its name.
      'boundaries/files': [
        { category: 'test', pattern: '**/*.test.ts' },
        { category: 'routes', pattern: 'apps/api/src/modules/*/*.routes.ts' },
        { category: 'mappers', pattern: 'apps/api/src/modules/*/*.mappers.ts' },
        { category: 'service', pattern: 'apps/api/src/modules/*/*.service.ts' },
        { category: 'config', pattern: 'apps/api/src/config.ts' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.types }} may not import {{ to.element.types }} ({{ dependency.source }}); see docs/architecture.md, "The API’s layers" and decisions §10',
          policies: [
            {
              // vite.config.ts and anything else of the web app outside src/ (src/ is judged below).
              from: { element: { type: 'web' } },
              allow: { to: { element: { types: { anyOf: ['web', 'contracts', 'texts'] } } } },
            },
            {
              // app.ts and main.ts compose the app; tests may reach anything in the API.
              from: [
                { element: { types: { anyOf: ['api', 'api-test'] } } },
                { element: { types: 'api*' }, file: { categories: 'test' } },
              ],
              allow: {
                to: { element: { types: { anyOf: [...API_LAYERS, 'api', 'api-test', 'contracts', 'texts'] } } },
              },
            },
            {
              // Domain helpers and the database never reach up into modules or the HTTP layer.
              from: { element: { type: 'api-lib' } },
              allow: {
                to: [{ element: { types: { anyOf: ['api-lib', 'api-db', 'contracts', 'texts'] } } }, API_CONFIG],
              },
            },
            {
              from: { element: { type: 'api-db' } },
              allow: { to: { element: { types: { anyOf: ['api-db', 'contracts', 'texts'] } } } },
            },
            {
              // Seed factories and demo data build rows through lib (password hashing) and db.
              from: { element: { type: 'api-seed' } },
              allow: { to: { element: { types: { anyOf: ['api-seed', 'api-lib', 'api-db', 'contracts', 'texts'] } } } },
            },
            {
              from: { element: { type: 'api-plugins' } },
              allow: {
                to: [
                  { element: { types: { anyOf: ['api-plugins', 'api-lib', 'api-db', 'contracts', 'texts'] } } },
                  API_CONFIG,
                ],
              },
            },
            {
              // Within a module anything but its routes; below it lib, db and the configuration.
              from: { element: { type: 'api-module' } },
              allow: {
                to: [
                  { element: { type: 'api-module', captured: { module: '{{ from.element.captured.module }}' } } },
                  { element: { types: { anyOf: ['api-lib', 'api-db', 'contracts', 'texts'] } } },
                  API_CONFIG,
                  // Another module's mappers (rows → contract shapes) are shared.
                  { element: { type: 'api-module' }, file: { categories: 'mappers' } },
                ],
              },
            },
            {
              from: { element: { type: 'api-module' } },
              disallow: { to: { element: { type: 'api-module' }, file: { categories: 'routes' } } },
              message: 'Only app.ts registers routes ({{ dependency.source }})',
            },
            {
              // Routes are the module's HTTP edge: they use the plugins (requireUser, the shared
              // routes of publishable kinds) and may build another module's exported service.
              from: { element: { type: 'api-module' }, file: { categories: 'routes' } },
              allow: {
                to: [
                  { element: { type: 'api-plugins' } },
                  { element: { type: 'api-module' }, file: { categories: 'service' } },
                ],
              },
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
              // Journeys drive the real app through a browser; they may read the demo story
              // (api-seed) and the contracts, never the SPA's internals.
              from: { element: { type: 'e2e' } },
              allow: { to: { element: { types: { anyOf: ['e2e', 'api', 'api-seed', 'contracts', 'texts'] } } } },
            },
          ],
        },
      ],
    },
  },

  {
    // A cycle makes the order modules load in matter and hides which layer depends on which.
    files: ['apps/api/**/*.ts', 'packages/contracts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports by parsing the imported files, TypeScript ones with this parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mts', '.js', '.mjs', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
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
        { type: 'texts', pattern: 'packages/texts', partialMatch: false },
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
                      anyOf: [
                        'web-app',
                        'web-routes',
                        'web-feature',
                        'web-components',
                        'web-lib',
                        'contracts',
                        'texts',
                      ],
                    },
                  },
                },
              },
            },
            {
              // Pages compose features; a page folder may hold helpers of its own domain's pages.
              from: { element: { type: 'web-routes' } },
              allow: [
                {
                  to: {
                    element: { types: { anyOf: ['web-feature', 'web-components', 'web-lib', 'contracts', 'texts'] } },
                  },
                },
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
                { to: { element: { types: { anyOf: ['web-components', 'web-lib', 'contracts', 'texts'] } } } },
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
              allow: { to: { element: { types: { anyOf: ['web-components', 'web-lib', 'contracts', 'texts'] } } } },
            },
            {
              from: { element: { type: 'web-lib' } },
              allow: { to: { element: { types: { anyOf: ['web-lib', 'contracts', 'texts'] } } } },
            },
          ],
        },
      ],
    },
  },
);

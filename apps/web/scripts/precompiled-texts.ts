// A Vite plugin for the production build: the language catalogues (@motesplats/texts/sv, /en)
// arrive in the browser already parsed, so the app ships intl-messageformat without FormatJS's
// ICU parser (about 9 KB gzip less in the first chunk). Plain texts stay strings; a message with
// ICU syntax becomes the AST intl-messageformat formats directly. `vite dev` and the unit tests
// parse at run time as before; the catalogue test checks every message parses.
import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const CATALOGUE = /[\\/]packages[\\/]texts[\\/]src[\\/]catalogue[\\/](sv|en)\.ts$/;
// The same test as createTexts: a message without these characters is plain text.
const ICU_SYNTAX = /[{}']/;
const PARSER = '@formatjs/icu-messageformat-parser';

export function precompiledTexts(): Plugin {
  return {
    name: 'motesplats:precompiled-texts',
    apply: 'build',
    resolveId: {
      order: 'pre',
      async handler(source, importer, options) {
        // intl-messageformat takes the parser-less build of its parser package for compiled messages.
        if (source !== PARSER) return null;
        return this.resolve(`${PARSER}/no-parser.js`, importer, { ...options, skipSelf: true });
      },
    },
    transform: {
      order: 'post',
      async handler(code, id) {
        const language = CATALOGUE.exec(id.split('?')[0] ?? '')?.[1];
        if (!language) return null;
        // By now the module is plain JavaScript (`export const sv = { … }`): evaluate it as such.
        const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<
          string,
          Record<string, string>
        >;
        const messages = module[language];
        if (!messages) throw new Error(`${id} does not export ${language}`);
        const compiled = Object.fromEntries(
          Object.entries(messages).map(([key, message]) => [
            key,
            ICU_SYNTAX.test(message) ? parse(message, { ignoreTag: true }) : message,
          ]),
        );
        return { code: `export const ${language} = ${JSON.stringify(compiled)};\n`, map: null };
      },
    },
  };
}

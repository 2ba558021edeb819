// The catalogues themselves are imported by subpath (@motesplats/texts/sv, /en), so the web
// app can load only the reader's language.
export { compareNames, sortByName } from './collation';
export type { MessageArgs } from './message-args';
export {
  createTexts,
  INTL_LOCALES,
  type CompiledMessage,
  type CompiledMessages,
  type Messages,
  type MessageKey,
  type MessageParams,
  type ParamsOf,
  type Texts,
  type Translate,
} from './texts';

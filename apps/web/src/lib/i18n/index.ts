export type { MessageKey, MessageParams, Translate } from '@motesplats/texts';
export { isMessageKey, loadMessages } from './dictionaries';
export { I18nProvider, storedLocale, useI18n, useT, type I18n } from './i18n-provider';

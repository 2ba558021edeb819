export { isMessageKey, translate, type MessageKey, type MessageParams } from './dictionaries';
export { I18nProvider, useI18n, useT, type I18n, type Translate } from './i18n-provider';

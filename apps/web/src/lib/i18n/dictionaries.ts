import type { Locale } from '@motesplats/contracts';
import { en } from './en';
import { interpolate } from './format';
import { sv, type MessageKey } from './sv';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { sv, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(sv, key);
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return interpolate(dictionaries[locale][key], params);
}

import { isMessageKey, type MessageKey, type MessageParams } from './i18n';

/** A one-line confirmation carried to the next page in the navigation state ("You are signed in"). */
export interface Flash {
  key: MessageKey;
  params?: MessageParams;
}

export function withFlash(key: MessageKey, params?: MessageParams): { flash: Flash } {
  return { flash: params ? { key, params } : { key } };
}

export function flashOf(state: unknown): Flash | undefined {
  if (typeof state !== 'object' || state === null || !('flash' in state)) return undefined;
  const flash = (state as { flash: unknown }).flash;
  if (typeof flash !== 'object' || flash === null) return undefined;
  const { key, params } = flash as { key?: unknown; params?: MessageParams };
  return typeof key === 'string' && isMessageKey(key) ? { key, params } : undefined;
}

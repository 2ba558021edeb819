import type { Locale } from '@motesplats/contracts';
import type { CompiledMessages, MessageKey } from '@motesplats/texts';

/*
 * Each language's catalogue is its own chunk, fetched only for a reader who reads it. main.tsx
 * loads the reader's language before the first render, so nobody sees the other language first.
 * The build parses the messages ahead (scripts/precompiled-texts.ts), so they arrive compiled.
 */
const importers: Record<Locale, () => Promise<CompiledMessages>> = {
  sv: () => import('@motesplats/texts/sv').then((module) => module.sv),
  en: () => import('@motesplats/texts/en').then((module) => module.en),
};

const loaded = new Map<Locale, CompiledMessages>();
const loading = new Map<Locale, Promise<CompiledMessages>>();

export function loadMessages(locale: Locale): Promise<CompiledMessages> {
  const messages = loaded.get(locale);
  if (messages) return Promise.resolve(messages);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importers[locale]().then(
      (arrived) => {
        loaded.set(locale, arrived);
        loading.delete(locale);
        return arrived;
      },
      (error: unknown) => {
        // A failed download (offline, a new release replaced the chunk) may be tried again.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** A catalogue that has been loaded, or undefined. */
export function loadedMessages(locale: Locale): CompiledMessages | undefined {
  return loaded.get(locale);
}

/** Whether a text from elsewhere (a route's state, a zod issue) names a message. */
export function isMessageKey(key: string): key is MessageKey {
  // Both languages have the same keys (checked by the catalogue's test), so any loaded one tells.
  for (const messages of loaded.values()) return Object.hasOwn(messages, key);
  return false;
}

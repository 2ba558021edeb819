import type { MatchMessage } from '@motesplats/contracts';

/**
 * The thread as read: oldest at the top, newest at the bottom. The API pages newest first, so a
 * message written while older pages load shifts them and may come twice; it is shown once.
 */
export function threadOrder(pages: readonly { items: readonly MatchMessage[] }[]): MatchMessage[] {
  const seen = new Set<string>();
  const newestFirst: MatchMessage[] = [];
  for (const message of pages.flatMap((page) => page.items)) {
    if (seen.has(message.id)) continue;
    seen.add(message.id);
    newestFirst.push(message);
  }
  return newestFirst.reverse();
}

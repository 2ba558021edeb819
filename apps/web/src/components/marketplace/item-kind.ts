import type { ContentLanguage, OrganisationKind, OrganisationRef } from '@motesplats/contracts';
import type { QueryKey } from '@tanstack/react-query';
import type { MessageKey, Translate } from '../../lib/i18n';

/**
 * The kinds of thing a member publishes. Each name is its address (/challenges/:id), its API
 * path (/api/v1/challenges) and the prefix of its texts (challenges.list.title,
 * challenges.new.title, orgItems.challenges.title, …). A new kind adds its name here and those
 * texts, describes itself with an ItemKind in its feature, and then uses the same page shells,
 * status badge, list rows and moderation hook as the others.
 */
export type ItemKindName = 'challenges' | 'offerings' | 'labs';

/** How a badge looks; the colours are in styles.css (.badge--<tone>). */
export type StatusTone = 'muted' | 'info' | 'success' | 'warning' | 'error';

/**
 * One kind's statuses, in one table: the badge's colour and text, the contracts' transition
 * table and its buttons' texts, and which statuses are the draft and the public one.
 */
export interface StatusTable<S extends string> {
  tone: Record<S, StatusTone>;
  label: (status: S, t: Translate) => string;
  next: Record<S, readonly S[]>;
  /** The text of the button that moves an item to this status ("Publicera"). */
  action: (status: S, t: Translate) => string;
  /** Where a new item waits until it is published; a kind without drafts (labs) has none. */
  draft?: S;
  /** The status in which an item is public and gets suggestions; none when every status is. */
  published?: S;
}

/** What every list row of a published thing has (ChallengeSummary, OfferingSummary, LabSummary, …). */
export interface ItemSummary<S extends string> {
  id: string;
  status: S;
  summary: string;
  /** The language of the item's own text, shown with UserText (components/user-text.tsx). */
  language?: ContentLanguage;
  unpublishedAt: string | null;
  organisation: OrganisationRef;
}

/** What every detail answer has besides: what the page needs to edit and moderate it. */
export interface PublishableItem<S extends string> extends ItemSummary<S> {
  version: number;
  canEdit: boolean;
  unpublishedReason: string | null;
}

/** The lists of one organisation's items that the organisation pages show. */
export interface OrganisationItemsQuery<S extends string> {
  organisation: string;
  status?: S[];
  page: number;
  pageSize: number;
}

export interface ItemList<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A kind, as its feature describes it to the shared pieces. */
export interface ItemKind<S extends string, T extends ItemSummary<S> = ItemSummary<S>> {
  name: ItemKindName;
  /** Members of this kind of organisation create these. */
  creator: OrganisationKind;
  /** What to tell a reader who belongs to no such organisation. */
  needsCreator: MessageKey;
  keys: { all: QueryKey; list: (query: OrganisationItemsQuery<S>) => QueryKey };
  status: StatusTable<S>;
  /** The item's name as headings and rows show it (a title; a lab's name). */
  titleOf: (item: T) => string;
  /** One line under its name in an organisation's lists: place, focus areas. */
  metaOf: (item: T, t: Translate) => string;
  list: (query: OrganisationItemsQuery<S>, signal?: AbortSignal) => Promise<ItemList<T>>;
  /** Publishes a draft (or an archived item) at its current version; kinds without drafts have none. */
  publish?: (id: string) => Promise<unknown>;
}

/** Public now: in its kind's public status (if it has one) and not taken down by a curator. */
export function isPublic<S extends string>(kind: { status: StatusTable<S> }, item: ItemSummary<S>): boolean {
  const published = kind.status.published;
  return (published === undefined || item.status === published) && item.unpublishedAt === null;
}

/** Whether the transition table lets an item in this status be published now. */
export function canPublish<S extends string>(kind: { status: StatusTable<S> }, status: S): boolean {
  const published = kind.status.published;
  return published !== undefined && kind.status.next[status].includes(published);
}

export function itemPath(kind: { name: ItemKindName }, id?: string): string {
  return id === undefined ? `/${kind.name}` : `/${kind.name}/${encodeURIComponent(id)}`;
}

import { Feed } from 'feed';
import type { PrismaClient } from '../../db/prisma';
import { ANONYMOUS } from '../../lib/actor';
import { findVisibleLab } from '../../lib/lab-access';
import { toPlainExcerpt, toSafeHtml } from '../../lib/rich-text';
import { textsFor } from '../../lib/texts';
import { diaryImageUrl } from './diary.mappers';
import { publicPostWhere } from './diary.service';

/** A feed reader looks every few hours; 30 entries cover far more than that. */
const FEED_ENTRIES = 30;

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * The labs' diaries as Atom feeds (the `feed` library writes the XML), for anyone: only
 * published posts that are not taken down, of labs that are not, newest first.
 */
export function createDiaryFeeds(deps: { prisma: PrismaClient; publicUrl: string }) {
  const { prisma, publicUrl } = deps;
  // Feeds are read by anyone and cached by readers: they are in the primary language.
  const { t } = textsFor('sv');

  async function build(options: { labId?: string; title: string; selfPath: string; pagePath: string }) {
    const posts = await prisma.diaryPost.findMany({
      where: { ...publicPostWhere, ...(options.labId ? { labId: options.labId } : {}) },
      include: { lab: { select: { id: true, name: true } }, author: { select: { name: true, deletedAt: true } } },
      orderBy: [{ publishedAt: 'desc' }],
      take: FEED_ENTRIES,
    });
    const feed = new Feed({
      id: `${publicUrl}${options.selfPath}`,
      title: options.title,
      link: `${publicUrl}${options.pagePath}`,
      language: 'sv',
      updated: posts[0]?.publishedAt ?? new Date(0),
      feedLinks: { atom: `${publicUrl}${options.selfPath}` },
      generator: 'Mötesplats',
      copyright: '',
    });
    for (const post of posts) {
      const html = toSafeHtml(post.body);
      const image = post.imageId
        ? `<p><img src="${publicUrl}${diaryImageUrl(post.imageId)}" alt="${escapeAttribute(post.imageAlt ?? '')}" /></p>`
        : '';
      feed.addItem({
        id: `urn:uuid:${post.id}`,
        title: options.labId ? post.title : `${post.lab.name}: ${post.title}`,
        link: `${publicUrl}/labs/${post.lab.id}#diary-${post.id}`,
        date:
          post.updatedAt > (post.publishedAt ?? post.updatedAt) ? post.updatedAt : (post.publishedAt ?? post.updatedAt),
        published: post.publishedAt ?? post.createdAt,
        description: toPlainExcerpt(post.body),
        content: image + html,
        author: [{ name: post.author?.deletedAt ? t('common.formerMember') : (post.author?.name ?? post.lab.name) }],
      });
    }
    return feed.atom1();
  }

  return {
    async lab(labId: string): Promise<string> {
      const lab = await findVisibleLab(prisma, ANONYMOUS, labId);
      return build({
        labId,
        title: t('diary.feed.labTitle', { labName: lab.name }),
        selfPath: `/api/v1/labs/${labId}/diary.atom`,
        pagePath: `/labs/${labId}`,
      });
    },
    all(): Promise<string> {
      return build({ title: t('diary.feed.allTitle'), selfPath: '/api/v1/diary.atom', pagePath: '/labs' });
    },
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

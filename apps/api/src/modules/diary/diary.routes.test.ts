import { DiaryImageUploaded, DiaryPost, DiaryPostList } from '@motesplats/contracts';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import { createChallenge, createIdea, createLab } from '../../db/seed/factories';
import { errorOf, organisationCast, useTestApp } from '../../test/app';

const t = useTestApp();

async function labCast() {
  const c = await organisationCast(t.app, 'HOUSING_COMPANY');
  const lab = await createLab(t.app.prisma, {
    organisationId: c.organisation.id,
    name: `Labbet ${c.organisation.slug}`,
  });
  return { ...c, lab };
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The entries of an Atom feed, read with a strict XML parser (which throws on anything malformed). */
function atomEntries(xml: string): { root: string; titles: string[]; ids: string[] } {
  const parser = sax.parser(true);
  const path: string[] = [];
  const found = { root: '', titles: [] as string[], ids: [] as string[] };
  parser.onopentag = (tag) => {
    if (path.length === 0) found.root = `${tag.name} ${String(tag.attributes.xmlns)}`;
    path.push(tag.name);
  };
  parser.onclosetag = () => path.pop();
  const onText = (text: string) => {
    const at = path.join('/');
    if (at === 'feed/entry/title') found.titles.push(text);
    if (at === 'feed/entry/id') found.ids.push(text);
  };
  parser.ontext = onText;
  parser.oncdata = onText;
  parser.write(xml).close();
  return found;
}

describe('the lab diary', () => {
  it('publishes the members’ posts newest first, with drafts only for the lab', async () => {
    const { lab, member, owner, anonymous, curator } = await labCast();
    const older = await member.post(`/api/v1/labs/${lab.id}/diary`, {
      title: 'Första mötet',
      body: 'Vi träffades på gården.',
      postedOn: '2026-10-01',
    });
    expect(older.statusCode, older.body).toBe(201);
    await owner.post(`/api/v1/labs/${lab.id}/diary`, {
      title: 'Andra mötet',
      body: 'Fler kom.',
      postedOn: '2026-11-01',
    });
    const draft = DiaryPost.parse(
      (
        await member.post(`/api/v1/labs/${lab.id}/diary`, {
          title: 'Utkast',
          body: 'Inte klart',
          published: false,
        })
      ).json(),
    );

    const pub = DiaryPostList.parse((await anonymous.get(`/api/v1/labs/${lab.id}/diary`)).json());
    expect(pub.items.map((p) => p.title)).toEqual(['Andra mötet', 'Första mötet']);
    expect(pub.items[0]).toMatchObject({ canEdit: false, body: null, html: '<p>Fler kom.</p>' });
    expect((await anonymous.get(`/api/v1/diary/${draft.id}`)).statusCode).toBe(404);

    const inside = DiaryPostList.parse((await curator.get(`/api/v1/labs/${lab.id}/diary`)).json());
    expect(inside.items.map((p) => p.title)).toContain('Utkast');
  });

  it('sanitises the text when showing it: no scripts, handlers or javascript: links', async () => {
    const { lab, member, anonymous } = await labCast();
    const body =
      '<p onmouseover="steal()">Hej</p><script>alert(1)</script><img src="x" onerror="alert(1)">' +
      '<ul><li><a href="javascript:alert(1)">klicka</a></li><li><a href="https://hyresgastforeningen.se">HGF</a></li></ul>';
    const post = DiaryPost.parse((await member.post(`/api/v1/labs/${lab.id}/diary`, { title: 'Länkar', body })).json());
    const shown = DiaryPost.parse((await anonymous.get(`/api/v1/diary/${post.id}`)).json());
    expect(shown.html).not.toMatch(/script|onerror|onmouseover|javascript:|<img/i);
    expect(shown.html).toContain('<a href="https://hyresgastforeningen.se" rel="nofollow noopener">HGF</a>');
    // Stored as written, for its writers to edit.
    expect(await t.app.prisma.diaryPost.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ body });
  });

  it('lets only the lab’s company and curators write, and refuses bad posts changing nothing', async () => {
    const { lab, outsider, anonymous, member, curator } = await labCast();
    const body = { title: 'Ett inlägg', body: 'Text' };
    expect((await anonymous.post(`/api/v1/labs/${lab.id}/diary`, body)).statusCode).toBe(401);
    expect((await outsider.post(`/api/v1/labs/${lab.id}/diary`, body)).statusCode).toBe(403);
    expect((await curator.post(`/api/v1/labs/${lab.id}/diary`, body)).statusCode).toBe(201);
    const noTitle = await member.post(`/api/v1/labs/${lab.id}/diary`, { title: '', body: 'Text' });
    expect(noTitle.statusCode).toBe(400);
    const foreign = await createIdea(t.app.prisma);
    const badLink = await member.post(`/api/v1/labs/${lab.id}/diary`, {
      ...body,
      links: [{ kind: 'IDEA', id: foreign.id }],
    });
    expect(badLink.statusCode).toBe(400);
    expect(errorOf(badLink.body).details?.issues?.[0]?.path).toEqual(['links', 0, 'id']);
    expect(await t.app.prisma.diaryPost.count({ where: { labId: lab.id } })).toBe(1);
  });

  it('keeps an image with its text alternative, checks its type, and serves it with the post', async () => {
    const { lab, member, anonymous, outsider } = await labCast();
    const upload = (payload: Buffer, type: string, client = member) =>
      client.request({
        method: 'POST',
        url: `/api/v1/labs/${lab.id}/diary-images`,
        payload,
        headers: { 'content-type': type },
      });
    const notPng = await upload(Buffer.from('<svg onload="alert(1)"/>'), 'image/png');
    expect(notPng.statusCode).toBe(400);
    expect((await upload(Buffer.from('<svg/>'), 'image/svg+xml')).statusCode).toBe(415);
    expect((await upload(PNG, 'image/png', outsider)).statusCode).toBe(403);
    const tooBig = await upload(Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]), 'image/png');
    expect(tooBig.statusCode).toBe(413);

    const uploaded = DiaryImageUploaded.parse((await upload(PNG, 'image/png')).json());
    // Before a post names it, only the lab sees it.
    expect((await anonymous.get(uploaded.url)).statusCode).toBe(404);
    const withoutAlt = await member.post(`/api/v1/labs/${lab.id}/diary`, {
      title: 'Bild',
      body: 'Text',
      imageId: uploaded.id,
    });
    expect(withoutAlt.statusCode).toBe(400);
    expect(errorOf(withoutAlt.body).details?.issues?.[0]?.path).toEqual(['imageAlt']);
    const post = DiaryPost.parse(
      (
        await member.post(`/api/v1/labs/${lab.id}/diary`, {
          title: 'Bild',
          body: 'Text',
          imageId: uploaded.id,
          imageAlt: 'Boende ritar på en karta',
        })
      ).json(),
    );
    expect(post.image).toEqual({ id: uploaded.id, url: uploaded.url, alt: 'Boende ritar på en karta' });
    const image = await anonymous.get(uploaded.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);
  });

  it('publishes Atom feeds per lab and for all labs: valid, newest first, published posts only', async () => {
    const { lab, member, anonymous } = await labCast();
    const other = await labCast();
    await member.post(`/api/v1/labs/${lab.id}/diary`, { title: 'Äldre & först', body: 'Ett' });
    await member.post(`/api/v1/labs/${lab.id}/diary`, { title: 'Utkastet', body: 'Två', published: false });
    await member.post(`/api/v1/labs/${lab.id}/diary`, { title: 'Nyare <b>', body: '<p>Tre</p><script>x</script>' });
    await other.member.post(`/api/v1/labs/${other.lab.id}/diary`, { title: 'Från andra labbet', body: 'Fyra' });

    const feed = await anonymous.get(`/api/v1/labs/${lab.id}/diary.atom`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const entries = atomEntries(feed.body);
    expect(entries.root).toBe('feed http://www.w3.org/2005/Atom');
    expect(entries.titles).toEqual(['Nyare <b>', 'Äldre & först']);
    expect(feed.body).not.toContain('<script>');

    const all = atomEntries((await anonymous.get('/api/v1/diary.atom')).body);
    const mine = all.titles.filter((title) => title.includes(lab.name) || title.includes(other.lab.name));
    expect(mine).toEqual([
      `${other.lab.name}: Från andra labbet`,
      `${lab.name}: Nyare <b>`,
      `${lab.name}: Äldre & först`,
    ]);
    expect(all.titles.some((title) => title.includes('Utkastet'))).toBe(false);
  });

  it('lets curators take a post down, and the feed and the lab then leave it out', async () => {
    const { lab, member, curator, anonymous } = await labCast();
    const post = DiaryPost.parse(
      (await member.post(`/api/v1/labs/${lab.id}/diary`, { title: 'Olämpligt', body: 'x' })).json(),
    );
    expect(
      (await member.post(`/api/v1/diary/${post.id}/unpublish`, { reason: 'Namn på boende', version: 1 })).statusCode,
    ).toBe(403);
    const down = await curator.post(`/api/v1/diary/${post.id}/unpublish`, { reason: 'Namn på boende', version: 1 });
    expect(down.statusCode, down.body).toBe(200);
    expect((await anonymous.get(`/api/v1/diary/${post.id}`)).statusCode).toBe(404);
    expect(atomEntries((await anonymous.get(`/api/v1/labs/${lab.id}/diary.atom`)).body).titles).toEqual([]);
    expect((await member.get(`/api/v1/diary/${post.id}`)).statusCode).toBe(200);
  });

  it('shows links to the lab’s ideas and challenges that the reader may see', async () => {
    const { lab, organisation, member, anonymous } = await labCast();
    const idea = await createIdea(t.app.prisma, { labId: lab.id, title: 'Odlingslotter' });
    const pending = await createIdea(t.app.prisma, { labId: lab.id, status: 'PENDING' });
    const challenge = await createChallenge(t.app.prisma, {
      organisationId: organisation.id,
      status: 'OPEN',
      title: 'Fler jobb',
    });
    const post = DiaryPost.parse(
      (
        await member.post(`/api/v1/labs/${lab.id}/diary`, {
          title: 'Länkat',
          body: 'Text',
          links: [
            { kind: 'IDEA', id: idea.id },
            { kind: 'IDEA', id: pending.id },
            { kind: 'CHALLENGE', id: challenge.id },
          ],
        })
      ).json(),
    );
    expect(post.links).toHaveLength(3);
    const shown = DiaryPost.parse((await anonymous.get(`/api/v1/diary/${post.id}`)).json());
    expect(shown.links).toEqual([
      { kind: 'IDEA', id: idea.id, title: 'Odlingslotter' },
      { kind: 'CHALLENGE', id: challenge.id, title: 'Fler jobb' },
    ]);
  });
});

import { CreateDiaryPostBody, DateOnly, DiaryLinkKind } from '@motesplats/contracts';
import { z } from 'zod';

/** A link as one checkbox value: "IDEA:<id>". */
export const linkValue = (kind: DiaryLinkKind, id: string) => `${kind}:${id}`;

/**
 * What the diary form holds; it becomes the request body and is checked with the request's
 * own schema. The image is uploaded on its own when chosen; the form keeps its id.
 */
export const DiaryFormValues = z
  .object({
    title: z.string(),
    body: z.string(),
    postedOn: DateOnly,
    imageId: z.string().nullable(),
    imageAlt: z.string().nullable(),
    links: z.array(z.string()).or(z.literal(false)),
    published: z.boolean(),
  })
  .transform((v) => ({
    ...v,
    imageAlt: v.imageId ? v.imageAlt : null,
    links: (v.links === false ? [] : v.links).map((value) => {
      const [kind = '', id = ''] = value.split(':');
      return { kind: DiaryLinkKind.parse(kind), id };
    }),
  }))
  .transform((body, ctx) => {
    const checked = CreateDiaryPostBody.safeParse(body);
    if (checked.success) return checked.data;
    for (const issue of checked.error.issues) ctx.addIssue({ ...issue, input: undefined } as never);
    return z.NEVER;
  });

export const newDiaryPost = (): z.input<typeof DiaryFormValues> => ({
  title: '',
  body: '',
  postedOn: new Date().toISOString().slice(0, 10),
  imageId: null,
  imageAlt: null,
  links: [],
  published: true,
});

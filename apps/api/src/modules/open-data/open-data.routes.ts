import {
  OPEN_DATA_FILE_NAMES,
  OPEN_DATA_FILES,
  OPEN_DATA_FORMATS,
  OPEN_DATA_LICENCE,
  OpenDataCatalogue,
  OpenDataDownloadParams,
  openDataColumnNames,
  type OpenDataFileName,
  type OpenDataFormat,
} from '@motesplats/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses as errors } from '../../lib/http';
import { createOpenDataSources, type OpenDataRow } from './open-data.sources';
import { csvStream, jsonStream } from './open-data.writers';

const MEDIA_TYPES: Record<OpenDataFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
};

/** Public records change slowly; a shared cache may keep a file a few minutes. */
const CACHE_CONTROL = 'public, max-age=300';

/**
 * A national export to a slow client may take longer than an ordinary answer
 * (REQUEST_TIMEOUT_MS); it is still bounded, and it holds no connection between batches.
 */
const EXPORT_TIMEOUT_MS = 15 * 60_000;

/** Today in Sweden, for the file's name. */
const swedishDate = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);

/**
 * The rows with the first batch already read: a database that cannot answer gets the ordinary
 * error answer (503 and the envelope) instead of a 200 that breaks off after its headers.
 */
async function started<T>(rows: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await rows.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* rows;
  })();
}

export function openDataCatalogue(generatedAt: Date): OpenDataCatalogue {
  return {
    licence: { ...OPEN_DATA_LICENCE },
    generatedAt: generatedAt.toISOString(),
    files: OPEN_DATA_FILE_NAMES.map((name) => {
      const file = OPEN_DATA_FILES[name];
      const columns = file.columns as Record<
        string,
        { type: string; sv: string; en: string; values?: readonly string[] }
      >;
      return {
        name,
        title: { sv: file.sv.title, en: file.en.title },
        description: { sv: file.sv.description, en: file.en.description },
        downloads: OPEN_DATA_FORMATS.map((format) => ({
          format,
          mediaType: MEDIA_TYPES[format].split(';')[0] ?? '',
          url: `/api/v1/open-data/${name}.${format}`,
        })),
        columns: openDataColumnNames(name).map((column) => {
          const def = columns[column];
          return {
            name: column,
            type: def?.type as OpenDataCatalogue['files'][number]['columns'][number]['type'],
            description: { sv: def?.sv ?? '', en: def?.en ?? '' },
            values: def?.values ? [...def.values] : null,
          };
        }),
      };
    }),
  };
}

export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const sources = createOpenDataSources({ prisma: app.prisma, publicUrl: app.config.PUBLIC_URL });
  const tags = ['open-data'];

  app.get(
    '/open-data',
    {
      schema: {
        tags,
        summary: 'The open-data files, their formats and every column’s type and meaning (public, CC0)',
        response: { 200: OpenDataCatalogue, ...errors },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', CACHE_CONTROL);
      return openDataCatalogue(new Date());
    },
  );

  app.get(
    '/open-data/:file.:format',
    {
      handlerTimeout: EXPORT_TIMEOUT_MS,
      schema: {
        tags,
        summary:
          'One open-data file, made from the live database when downloaded and streamed: CSV (UTF-8 with BOM, ";", CRLF) or JSON',
        params: OpenDataDownloadParams,
        // No response schema: the file goes out as it is streamed (errors keep the envelope).
      },
    },
    async (request, reply) => {
      const { file, format } = request.params as { file: OpenDataFileName; format: OpenDataFormat };
      const generatedAt = new Date();
      const rows = await started(sources.rows(file) as AsyncGenerator<OpenDataRow<typeof file>>);
      const stream = format === 'csv' ? csvStream(file, rows) : jsonStream(file, rows, generatedAt);
      return reply
        .header('content-type', MEDIA_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="motesplats-${file}-${swedishDate(generatedAt)}.${format}"`,
        )
        .header('cache-control', CACHE_CONTROL)
        .header('x-generated-at', generatedAt.toISOString())
        .send(stream);
    },
  );
};

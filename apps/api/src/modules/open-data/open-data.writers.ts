import { Readable, pipeline } from 'node:stream';
import { OPEN_DATA_FILES, OPEN_DATA_LICENCE, openDataColumnNames, type OpenDataFileName } from '@motesplats/contracts';
import { stringify } from 'csv-stringify';
import type { Cell, OpenDataRow } from './open-data.sources';

/*
 * The two formats of every file, both streamed row by row with backpressure: the rows are pulled
 * from the database only as fast as the client reads.
 *
 * CSV is written for Swedish spreadsheets: UTF-8 with a byte-order mark (so Excel does not read
 * it as Windows-1252), `;` between cells, CRLF between rows, decimals with a comma, and every
 * cell that starts with = + - @ tab or CR prefixed with ' so a spreadsheet shows it as text
 * instead of running it as a formula (csv-stringify's escape_formulas; negative numbers stay
 * numbers).
 *
 * JSON is one document: {"generatedAt", "licence", "file", "columns", "rows": [...]}, written
 * a row at a time. A download cut short by an error is cut short visibly (invalid JSON, a
 * truncated CSV whose connection is reset), never a shorter file that looks whole.
 */

/** Output is handed on in pieces of about this size rather than a write per row. */
const CHUNK_CHARS = 64 * 1024;

function csvCell(type: string, value: Cell): Cell {
  if (value === null) return null;
  if (type === 'codes' || type === 'texts') return (value as readonly string[]).join('|');
  if (type === 'json') return JSON.stringify(value);
  return value;
}

export function csvStream<F extends OpenDataFileName>(file: F, rows: AsyncIterable<OpenDataRow<F>>): Readable {
  const columns = OPEN_DATA_FILES[file].columns as Record<string, { type: string }>;
  const names = openDataColumnNames(file);
  async function* records() {
    for await (const row of rows) {
      const cells = row as Record<string, Cell>;
      yield Object.fromEntries(
        names.map((name) => [name, csvCell(columns[name]?.type ?? 'text', cells[name] ?? null)]),
      );
    }
  }
  const stringifier = stringify({
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    header: true,
    columns: names,
    escape_formulas: true,
    cast: {
      number: (n) => String(n).replace('.', ','),
      boolean: (b) => (b ? 'true' : 'false'),
    },
  });
  // pipeline() destroys every stream on an error, so the reply sees it and resets the connection.
  return pipeline(Readable.from(records()), stringifier, () => {});
}

export function jsonStream<F extends OpenDataFileName>(
  file: F,
  rows: AsyncIterable<OpenDataRow<F>>,
  generatedAt: Date,
): Readable {
  async function* chunks() {
    const head = {
      generatedAt: generatedAt.toISOString(),
      licence: OPEN_DATA_LICENCE,
      file,
      columns: openDataColumnNames(file),
    };
    let buffer = `${JSON.stringify(head).slice(0, -1)},"rows":[`;
    let first = true;
    for await (const row of rows) {
      buffer += `${first ? '\n' : ',\n'}${JSON.stringify(row)}`;
      first = false;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    yield `${buffer}\n]}\n`;
  }
  return Readable.from(chunks(), { objectMode: false });
}

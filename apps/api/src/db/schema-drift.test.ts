import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import prismaInternals from '@prisma/internals';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { migrate } from './migrator';

// Migrates an empty database with prisma/migrations and compares the result with
// prisma/schema.prisma, model by model and field by field, because the migrations are written
// by hand and nothing else would notice the two drifting apart. Expectations follow the SQL
// the Prisma schema engine renders for PostgreSQL, including its naming conventions.
//
// What the DMMF cannot tell, and how the test gets it instead:
// - Unsupported("...") fields are left out of the DMMF entirely; they are read from the
//   schema text (name, type, optionality and doc comment).
// - A generated column's expression has no place in Prisma's schema language; for the
//   `search` columns it is checked against the field's doc comment
//   ("Generated: swedish tsvector of title (A), summary (B) ...").
// - Names of constraints and indexes without map: are null in the DMMF; Prisma's default
//   names are derived here (without its truncation to 63 characters, which no name needs).

const schemaPath = fileURLToPath(new URL('../../../../prisma/schema.prisma', import.meta.url));
const schemaText = readFileSync(schemaPath, 'utf8');
// @prisma/internals is CommonJS that Node cannot statically see named exports in.
const { datamodel } = await prismaInternals.getDMMF({ datamodel: schemaText });
const unsupportedFields = parseUnsupportedFields(schemaText);

type Datamodel = typeof datamodel;
type Model = Datamodel['models'][number];
type Field = Model['fields'][number];

const MIGRATIONS_TABLE = '_prisma_migrations';

interface DbColumn {
  table: string;
  column: string;
  type: string;
  not_null: boolean;
  generated: string;
  default_expr: string | null;
}

interface DbIndex {
  table: string;
  name: string;
  is_unique: boolean;
  is_primary: boolean;
  method: string;
  columns: string[];
  /** Empty string where the column uses its type's default operator class. */
  opclasses: string[];
  is_partial: boolean;
  has_expressions: boolean;
  descending: boolean[];
}

interface DbConstraint {
  table: string;
  name: string;
  type: string;
  columns: string[];
  referenced_table: string | null;
  referenced_columns: string[];
  on_delete: string;
  on_update: string;
}

interface DbSchema {
  tables: string[];
  columns: DbColumn[];
  indexes: DbIndex[];
  constraints: DbConstraint[];
  enums: Map<string, string[]>;
}

let database: TestDatabase;
let db: DbSchema;

beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
  await migrate(database.url);
  db = await introspect(database.url);
});

afterAll(async () => {
  await database?.drop();
});

const models = datamodel.models;
const tableOf = (model: Model) => model.dbName ?? model.name;
const columnOf = (field: Field) => field.dbName ?? field.name;
// Unsupported fields are not in the DMMF, and cannot be mapped to another column name here.
const columnOfField = (model: Model, name: string) => {
  const field = model.fields.find((candidate) => candidate.name === name);
  return field ? columnOf(field) : name;
};
const modelByName = new Map(models.map((model) => [model.name, model]));

describe('schema.prisma and the migrated database', () => {
  it.each(models.map((model) => [model.name, model] as const))('model %s', (_, model) => {
    const table = tableOf(model);
    if (!db.tables.includes(table)) {
      expect.fail(`${model.name}: table "${table}" does not exist`);
    }
    expect(compareModel(model, db)).toEqual([]);
  });

  it.each(datamodel.enums.map((enumDef) => [enumDef.name, enumDef] as const))('enum %s', (name, enumDef) => {
    const expected = enumDef.values.map((value) => value.dbName ?? value.name);
    const actual = db.enums.get(enumDef.dbName ?? name);
    expect(actual, `enum ${name}: type is missing`).toBeDefined();
    expect(actual, `enum ${name}: values differ`).toEqual(expected);
  });

  it('has no table that schema.prisma lacks', () => {
    const expected = new Set([...models.map(tableOf), MIGRATIONS_TABLE]);
    expect(db.tables.filter((table) => !expected.has(table))).toEqual([]);
  });

  it('has no enum that schema.prisma lacks', () => {
    const expected = new Set(datamodel.enums.map((enumDef) => enumDef.dbName ?? enumDef.name));
    expect([...db.enums.keys()].filter((name) => !expected.has(name))).toEqual([]);
  });
});

function compareModel(model: Model, schema: DbSchema): string[] {
  const table = tableOf(model);
  const problems: string[] = [];
  const columns = new Map(schema.columns.filter((c) => c.table === table).map((c) => [c.column, c] as const));

  const scalarFields = model.fields.filter((field) => field.kind !== 'object');
  for (const field of scalarFields) {
    const where = `${model.name}.${field.name}`;
    const column = columns.get(columnOf(field));
    if (!column) {
      problems.push(`${where}: column "${columnOf(field)}" does not exist`);
      continue;
    }
    problems.push(...compareColumn(where, field, column));
  }

  const unsupported = unsupportedFields.filter((field) => field.model === model.name);
  for (const field of unsupported) {
    const where = `${model.name}.${field.name}`;
    const column = columns.get(field.name);
    if (!column) {
      problems.push(`${where}: column "${field.name}" does not exist`);
      continue;
    }
    if (column.type !== field.dbType) {
      problems.push(`${where}: type is ${column.type}, schema.prisma says ${field.dbType}`);
    }
    if (column.not_null === field.optional) {
      problems.push(
        `${where}: ${column.not_null ? 'NOT NULL' : 'nullable'}, schema.prisma says ${field.optional ? 'optional' : 'required'}`,
      );
    }
    problems.push(...compareGeneratedColumn(where, field, column));
  }

  const known = new Set([...scalarFields.map(columnOf), ...unsupported.map((field) => field.name)]);
  for (const column of columns.keys()) {
    if (!known.has(column)) problems.push(`${model.name}: column "${column}" is not in schema.prisma`);
  }

  problems.push(...compareIndexes(model, schema));
  problems.push(...compareForeignKeys(model, schema));
  return problems;
}

function compareColumn(where: string, field: Field, column: DbColumn): string[] {
  const problems: string[] = [];
  const expectedType = expectedColumnType(where, field);
  if (column.type !== expectedType) {
    problems.push(`${where}: type is ${column.type}, schema.prisma says ${expectedType}`);
  }
  // Prisma renders scalar lists as nullable columns even though the field itself is required.
  const expectNotNull = field.isRequired && !field.isList;
  if (column.not_null !== expectNotNull) {
    problems.push(
      `${where}: column is ${column.not_null ? 'NOT NULL' : 'nullable'}, expected ${expectNotNull ? 'NOT NULL' : 'nullable'}`,
    );
  }
  if (column.generated !== '') {
    problems.push(`${where}: column is generated, schema.prisma has a plain field`);
  }
  const expectedDefault = expectedDefaultExpression(where, field, column);
  if (column.default_expr !== expectedDefault) {
    problems.push(`${where}: default is ${column.default_expr ?? 'none'}, expected ${expectedDefault ?? 'none'}`);
  }
  return problems;
}

/** The type as PostgreSQL's format_type() prints it for the column Prisma would create. */
function expectedColumnType(where: string, field: Field): string {
  const suffix = field.isList ? '[]' : '';
  if (field.kind === 'enum') return `${quoteIdent(enumDbName(field.type))}${suffix}`;
  const [nativeName, nativeArgs = []] = field.nativeType ?? [];
  const args = nativeArgs.join(',');
  const native = nativeName === undefined ? undefined : `${nativeName}(${args})`;
  const base = (() => {
    switch (`${field.type}:${nativeName ?? ''}`) {
      case 'String:':
      case 'String:Text':
        return 'text';
      case 'String:VarChar':
        return args ? `character varying(${args})` : 'character varying';
      case 'String:Char':
        return `character(${args || '1'})`;
      case 'String:Uuid':
        return 'uuid';
      case 'Int:':
      case 'Int:Integer':
        return 'integer';
      case 'BigInt:':
      case 'BigInt:BigInt':
        return 'bigint';
      case 'Boolean:':
        return 'boolean';
      case 'Json:':
        return 'jsonb';
      case 'Json:Json':
        return 'json';
      case 'Float:':
      case 'Float:DoublePrecision':
        return 'double precision';
      case 'Decimal:':
        return 'numeric(65,30)';
      case 'Decimal:Decimal':
        return `numeric(${args})`;
      case 'DateTime:':
        return 'timestamp(3) without time zone';
      case 'DateTime:Timestamptz':
        return `timestamp(${args || '6'}) with time zone`;
      case 'DateTime:Timestamp':
        return `timestamp(${args || '6'}) without time zone`;
      case 'DateTime:Date':
        return 'date';
      case 'Bytes:':
        return 'bytea';
      default:
        throw new Error(
          `${where}: the drift test does not know ${field.type} ${native ?? ''}; extend expectedColumnType()`,
        );
    }
  })();
  return `${base}${suffix}`;
}

/** The default as pg_get_expr() prints it for the DEFAULT Prisma would render. */
function expectedDefaultExpression(where: string, field: Field, column: DbColumn): string | null {
  if (!field.hasDefaultValue || field.isUpdatedAt) return null;
  const value = field.default;
  if (typeof value === 'object' && value !== null && 'name' in value) {
    const args = (value.args ?? []) as unknown[];
    switch (value.name) {
      case 'now':
        return 'CURRENT_TIMESTAMP';
      case 'autoincrement':
        return `nextval('${quoteIdent(`${column.table}_${column.column}_seq`)}'::regclass)`;
      case 'dbgenerated':
        return String(args[0]);
      default:
        throw new Error(
          `${where}: the drift test does not know @default(${value.name}()); extend expectedDefaultExpression()`,
        );
    }
  }
  if (field.isList) {
    throw new Error(`${where}: the drift test does not know list defaults; extend expectedDefaultExpression()`);
  }
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return value < 0 ? `'${value}'::${column.type}` : String(value);
  if (typeof value === 'string') {
    // PostgreSQL prints a literal's cast with the type's name but without its modifiers.
    const castType = column.type.replace(/\(.*\)$/, '').replace(/^character$/, 'bpchar');
    return `'${value.replaceAll("'", "''")}'::${castType}`;
  }
  throw new Error(`${where}: the drift test does not know the default ${JSON.stringify(value)}`);
}

function compareIndexes(model: Model, schema: DbSchema): string[] {
  const table = tableOf(model);
  const problems: string[] = [];
  const actual = schema.indexes.filter((index) => index.table === table);

  const expectedNames = new Set<string>();
  for (const index of datamodel.indexes.filter((i) => i.model === model.name)) {
    const columns = index.fields.map((f) => columnOfField(model, f.name));
    const attribute = index.type === 'normal' ? 'index' : index.type;
    const describe = index.isDefinedOnField
      ? `${model.name}.${index.fields[0]?.name ?? ''} @${attribute}`
      : `${model.name} @@${attribute}([${index.fields.map((f) => f.name).join(', ')}])`;
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const name = index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${columns.join('_')}_${suffix}`);
    expectedNames.add(name);

    const found = actual.find((i) => i.name === name);
    if (!found) {
      problems.push(`${describe}: index "${name}" does not exist`);
      continue;
    }
    if (found.columns.join(',') !== columns.join(',')) {
      problems.push(`${describe}: index "${name}" is on (${found.columns.join(', ')})`);
      continue;
    }
    const method = (index.algorithm ?? 'BTree').toLowerCase();
    const opclasses = index.fields.map((f) => f.operatorClass ?? '');
    const descending = index.fields.map((f) => f.sortOrder === 'desc');
    const mismatches = [
      found.is_primary !== (index.type === 'id') &&
        (found.is_primary ? 'is the primary key' : 'is not the primary key'),
      found.is_unique !== (index.type !== 'normal') && (found.is_unique ? 'is unique' : 'is not unique'),
      found.method !== method && `uses ${found.method}, expected ${method}`,
      found.opclasses.join(',') !== opclasses.join(',') &&
        `operator classes are (${found.opclasses.join(', ')}), expected (${opclasses.join(', ')})`,
      found.descending.join(',') !== descending.join(',') && 'sort order differs',
      found.is_partial && 'is partial',
      found.has_expressions && 'indexes an expression',
    ].filter((m): m is string => typeof m === 'string');
    for (const mismatch of mismatches) problems.push(`${describe}: index "${name}" ${mismatch}`);
  }

  for (const index of actual) {
    if (!expectedNames.has(index.name)) {
      problems.push(`${model.name}: index "${index.name}" on (${index.columns.join(', ')}) is not in schema.prisma`);
    }
  }
  for (const constraint of schema.constraints.filter((c) => c.table === table)) {
    // Prisma makes @unique and @@unique unique indexes, never constraints.
    if (constraint.type !== 'p' && constraint.type !== 'f') {
      problems.push(`${model.name}: constraint "${constraint.name}" (type ${constraint.type}) is not in schema.prisma`);
    }
  }
  return problems;
}

// pg_constraint's confdeltype/confupdtype codes for Prisma's referential actions.
const ACTION_CODES: Record<string, string> = {
  Cascade: 'c',
  Restrict: 'r',
  NoAction: 'a',
  SetNull: 'n',
  SetDefault: 'd',
};
const ACTION_NAMES: Record<string, string> = {
  c: 'CASCADE',
  r: 'RESTRICT',
  a: 'NO ACTION',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

function compareForeignKeys(model: Model, schema: DbSchema): string[] {
  const table = tableOf(model);
  const problems: string[] = [];
  const actual = schema.constraints.filter((c) => c.table === table && c.type === 'f');
  const expectedNames = new Set<string>();

  for (const field of model.fields) {
    const from = field.relationFromFields ?? [];
    if (field.kind !== 'object' || from.length === 0) continue;
    const where = `${model.name}.${field.name}`;
    const target = modelByName.get(field.type);
    if (!target) throw new Error(`${where}: relation to unknown model ${field.type}`);
    const columns = from.map((name) => columnOfField(model, name));
    const referenced = (field.relationToFields ?? []).map((name) => columnOfField(target, name));
    const name = `${table}_${columns.join('_')}_fkey`;
    expectedNames.add(name);

    const found = actual.find((c) => c.name === name);
    if (!found) {
      problems.push(`${where}: foreign key "${name}" does not exist`);
      continue;
    }
    // Prisma's defaults: Restrict for required relations, SetNull for optional ones, and
    // Cascade on update.
    const onDelete = field.relationOnDelete ?? (field.isRequired ? 'Restrict' : 'SetNull');
    const onUpdate = field.relationOnUpdate ?? 'Cascade';
    const mismatches = [
      found.columns.join(',') !== columns.join(',') &&
        `columns are (${found.columns.join(', ')}), expected (${columns.join(', ')})`,
      found.referenced_table !== tableOf(target) &&
        `references "${found.referenced_table}", expected "${tableOf(target)}"`,
      found.referenced_columns.join(',') !== referenced.join(',') &&
        `references (${found.referenced_columns.join(', ')}), expected (${referenced.join(', ')})`,
      found.on_delete !== ACTION_CODES[onDelete] &&
        `ON DELETE ${ACTION_NAMES[found.on_delete]}, schema.prisma says onDelete: ${onDelete}`,
      found.on_update !== ACTION_CODES[onUpdate] &&
        `ON UPDATE ${ACTION_NAMES[found.on_update]}, expected onUpdate: ${onUpdate}`,
    ].filter((m): m is string => typeof m === 'string');
    for (const mismatch of mismatches) problems.push(`${where}: foreign key "${name}" ${mismatch}`);
  }

  for (const constraint of actual) {
    if (!expectedNames.has(constraint.name)) {
      problems.push(
        `${model.name}: foreign key "${constraint.name}" on (${constraint.columns.join(', ')}) is not in schema.prisma`,
      );
    }
  }
  return problems;
}

interface UnsupportedField {
  model: string;
  name: string;
  dbType: string;
  optional: boolean;
  documentation: string;
}

function parseUnsupportedFields(text: string): UnsupportedField[] {
  const fields: UnsupportedField[] = [];
  let model: string | undefined;
  let docs: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const modelStart = /^model\s+(\w+)\s*\{/.exec(trimmed);
    if (modelStart) {
      model = modelStart[1];
    } else if (trimmed === '}') {
      model = undefined;
    } else if (trimmed.startsWith('///')) {
      docs.push(trimmed.slice(3).trim());
      continue;
    } else if (model) {
      const field = /^(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/.exec(trimmed);
      if (field?.[1] && field[2]) {
        if (/@map\b/.test(field[4] ?? '')) {
          throw new Error(`${model}.${field[1]}: @map on Unsupported fields is not handled by this test`);
        }
        fields.push({
          model,
          name: field[1],
          dbType: field[2],
          optional: field[3] === '?',
          documentation: docs.join(' '),
        });
      }
    }
    docs = [];
  }
  return fields;
}

/**
 * The doc comment of a generated tsvector column names its sources and their weights, e.g.
 * "Generated: swedish tsvector of title (A), summary (B), description and desired outcome (C)."
 */
function compareGeneratedColumn(where: string, field: UnsupportedField, column: DbColumn): string[] {
  const doc = /^Generated: (\w+) tsvector of (.+?)\.?$/.exec(field.documentation);
  if (!doc?.[1] || !doc[2]) {
    return column.generated === ''
      ? []
      : [`${where}: column is generated, but its doc comment does not say "Generated: <config> tsvector of ..."`];
  }
  if (column.generated !== 's') return [`${where}: column is not GENERATED ALWAYS ... STORED`];

  const config = doc[1];
  const expected: string[] = [];
  for (const group of doc[2].matchAll(/(.+?) \(([A-D])\)(?:, | and |$)/g)) {
    for (const words of (group[1] ?? '').split(/, | and /)) {
      expected.push(`${camelCase(words)}:${group[2]}`);
    }
  }
  const expression = column.default_expr ?? '';
  const actual = [
    ...expression.matchAll(
      /setweight\(to_tsvector\('(\w+)'::regconfig, \(?"?(\w+)"?\)?(?:::text)?\), '([A-D])'::"char"\)/g,
    ),
  ];
  const problems: string[] = [];
  const configs = new Set(actual.map((m) => m[1]));
  if (configs.size !== 1 || !configs.has(config)) {
    problems.push(
      `${where}: text search configuration is ${[...configs].join(', ') || 'none'}, doc comment says ${config}`,
    );
  }
  const sources = actual.map((m) => `${m[2]}:${m[3]}`);
  if ([...sources].sort().join(' ') !== [...expected].sort().join(' ')) {
    problems.push(
      `${where}: generated from ${sources.join(', ') || expression}, doc comment says ${expected.join(', ')}`,
    );
  }
  if ((expression.match(/to_tsvector\(/g) ?? []).length !== actual.length) {
    problems.push(`${where}: generation expression has parts the doc comment does not describe: ${expression}`);
  }
  return problems;
}

function camelCase(words: string): string {
  return words
    .trim()
    .split(/\s+/)
    .map((word, i) => (i === 0 ? word : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`))
    .join('');
}

function enumDbName(name: string): string {
  return datamodel.enums.find((e) => e.name === name)?.dbName ?? name;
}

/** Quotes an identifier the way PostgreSQL's quote_ident()/format_type() do. */
function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

async function introspect(url: string): Promise<DbSchema> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table: string }>(
      `SELECT c.relname::text AS table
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
    );
    const columns = await client.query<DbColumn>(
      `SELECT c.relname::text AS table, a.attname::text AS column,
              format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
              a.attgenerated::text AS generated, pg_get_expr(d.adbin, d.adrelid) AS default_expr
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
          AND a.attnum > 0 AND NOT a.attisdropped`,
    );
    const indexes = await client.query<DbIndex>(
      `SELECT t.relname::text AS table, i.relname::text AS name, x.indisunique AS is_unique,
              x.indisprimary AS is_primary, am.amname::text AS method,
              x.indpred IS NOT NULL AS is_partial, x.indexprs IS NOT NULL AS has_expressions,
              ARRAY(SELECT a.attname::text
                      FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
                     ORDER BY k.ord) AS columns,
              ARRAY(SELECT CASE WHEN oc.opcdefault THEN '' ELSE oc.opcname::text END
                      FROM unnest(x.indclass::oid[]) WITH ORDINALITY k(oid, ord)
                      JOIN pg_opclass oc ON oc.oid = k.oid
                     ORDER BY k.ord) AS opclasses,
              ARRAY(SELECT (k.option & 1) = 1
                      FROM unnest(x.indoption::int2[]) WITH ORDINALITY k(option, ord)
                     ORDER BY k.ord) AS descending
         FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         JOIN pg_am am ON am.oid = i.relam
        WHERE n.nspname = current_schema() AND t.relkind IN ('r', 'p')`,
    );
    const constraints = await client.query<DbConstraint>(
      `SELECT t.relname::text AS table, con.conname::text AS name, con.contype::text AS type,
              ARRAY(SELECT a.attname::text
                      FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                     ORDER BY k.ord) AS columns,
              ft.relname::text AS referenced_table,
              ARRAY(SELECT a.attname::text
                      FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
                     ORDER BY k.ord) AS referenced_columns,
              con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
         FROM pg_constraint con
         JOIN pg_class t ON t.oid = con.conrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_class ft ON ft.oid = con.confrelid
        -- PostgreSQL 18 also lists NOT NULL as constraints (type n); columns cover those.
        WHERE n.nspname = current_schema() AND con.contype <> 'n'`,
    );
    const enums = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t
         JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema()
        GROUP BY t.typname`,
    );
    return {
      tables: tables.rows.map((row) => row.table),
      columns: columns.rows,
      indexes: indexes.rows,
      constraints: constraints.rows,
      enums: new Map(enums.rows.map((row) => [row.name, row.values])),
    };
  } finally {
    await client.end();
  }
}

/**
 * Writes the dataset as CSV tables for analysts, with a Frictionless Data Package describing them:
 * dist/csv/{states,status-periods,summits,documents,participations,persons,person-aliases,officeholders,
 * chairmanships,alternatives,sources,state-years,state-meetings}.csv and dist/csv/datapackage.json. Run after
 * scripts/emit-static.ts: `tsx scripts/emit-csv.ts`.
 *
 * The tables, their columns and cells are specified once, in src/csv/tables.ts, which the command
 * line's `--csv` uses too; the CSV dialect is that of src/csv/write-csv.ts (RFC 4180, LF line ends,
 * UTF-8 without BOM). Column descriptions come from the schemas' `.meta({ description })`, or from
 * the table specification for the columns it computes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { panelTables } from '../src/csv/panel-tables.js'
import { csvRows, csvTables, type CsvColumn, type CsvTable } from '../src/csv/tables.js'

/** The record tables, then the panels computed from them. */
const shippedTables = [...csvTables, ...panelTables]
import { writeCsv } from '../src/csv/write-csv.js'
import type { Dataset } from '../src/types.js'
import { readGeneratedDataset } from './lib/generated-data.js'
import { root } from './lib/load-data.js'
import { describedSchemas, schemaField } from './lib/schema-fields.js'

/** One CSV table as written: its resource name, file name, header and rows of fields. */
export interface WrittenTable {
  name: string
  path: string
  header: string[]
  rows: string[][]
}

/** What datapackage.json says of a column besides its name and type. */
function columnMeta(table: CsvTable<unknown>, column: CsvColumn<unknown>): { description: string; required?: boolean; enum?: readonly string[] } {
  if (!('field' in column)) return column
  if (table.schema === undefined) throw new Error(`emit-csv: ${table.name}.${column.name} holds a field, but the table names no schema`)
  const { description, required, enum: values } = schemaField(describedSchemas[table.schema], column.field)
  return { description, ...(required ? { required } : {}), ...(values ? { enum: values } : {}) }
}

/**
 * The dataset as CSV tables, in a stable order (states, status-periods, summits, documents,
 * participations, sources) with columns in a stable order. Throws if two rows of a table share
 * a primary key, naming the table and the key, since the ids built here must stay unique.
 *
 * @example
 * ```ts
 * const summits = datasetTables(dataset).find((table) => table.name === 'summits')!
 * summits.header // ['id', 'body', 'number', 'start_date', 'end_date', 'city', 'host', 'chair', 'format', 'documents_reported', 'notes']
 * ```
 */
export function datasetTables(dataset: Dataset): WrittenTable[] {
  return shippedTables.map((table) => {
    const [header, ...rows] = csvRows(table, table.records(dataset)) as [string[], ...string[][]]
    const keyIndexes = table.primaryKey.map((name) => header.indexOf(name))
    const seen = new Set<string>()
    for (const row of rows) {
      const key = JSON.stringify(keyIndexes.map((at) => row[at]))
      if (seen.has(key)) throw new Error(`emit-csv: ${table.name} has two rows with the primary key ${key}`)
      seen.add(key)
    }
    return { name: table.name, path: `${table.name}.csv`, header, rows }
  })
}

/**
 * The Frictionless Data Package (profile tabular-data-package) describing the tables: every
 * resource and field with its type and description, primary and foreign keys, CC-BY-4.0.
 * It depends only on the table definitions, not on the data.
 *
 * @example
 * ```ts
 * dataPackage('1.2.0').resources.map((resource) => resource.path)
 * // ['states.csv', 'status-periods.csv', 'summits.csv', 'documents.csv', 'participations.csv', 'persons.csv', 'person-aliases.csv', 'officeholders.csv', 'chairmanships.csv', 'alternatives.csv', 'sources.csv', 'state-years.csv', 'state-meetings.csv']
 * ```
 */
export function dataPackage(version: string) {
  return {
    profile: 'tabular-data-package',
    name: 'sco-data',
    title: 'Shanghai Cooperation Organisation: summits, states, status history, documents and delegations',
    description:
      'Curated, sourced data about the Shanghai Cooperation Organisation (SCO): its summits, the states that hold or held a status in it with their status history, the documents adopted at each summit, and who attended. Every record cites its sources (sources.csv).',
    version,
    licenses: [
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' },
    ],
    resources: shippedTables.map((table) => ({
      profile: 'tabular-data-resource',
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.columns.map((column) => {
          const { description, required, enum: values } = columnMeta(table, column)
          return {
            name: column.name,
            type: column.type,
            format: 'default',
            description,
            ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
            ...(required || values ? { constraints: { ...(required ? { required: true } : {}), ...(values ? { enum: [...values] } : {}) } } : {}),
          }
        }),
        missingValues: [''],
        primaryKey: [...table.primaryKey],
        ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
      },
    })),
  }
}

/**
 * Writes every table as `<name>.csv` (UTF-8, no BOM) and the descriptor as datapackage.json into
 * `dir`, creating it if needed; returns the tables written.
 *
 * @example
 * ```ts
 * writeCsvPackage(dataset, mkdtempSync(join(tmpdir(), 'sco-csv-')), '1.2.0').length // 13
 * ```
 */
export function writeCsvPackage(dataset: Dataset, dir: string, version: string): WrittenTable[] {
  const tables = datasetTables(dataset)
  mkdirSync(dir, { recursive: true })
  for (const table of tables) writeFileSync(join(dir, table.path), writeCsv([table.header, ...table.rows]), 'utf8')
  writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(dataPackage(version), null, 2)}\n`, 'utf8')
  return tables
}

/** Writes dist/csv/ from the dataset `npm run generate` validated (src/generated/). */
export function main(): void {
  const dataset = readGeneratedDataset()
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
  const tables = writeCsvPackage(dataset, join(root, 'dist', 'csv'), version)
  console.log(`dist/csv: ${tables.map((t) => `${t.path} (${t.rows.length} rows)`).join(', ')}, datapackage.json`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()

/**
 * The package's modules load, and what they load is the dataset. Imported statically, as the other
 * tests do, a module that throws while loading (a schema built wrong, a loader that cannot unpack)
 * fails the test file before any test runs, and a mutation run, which counts failed tests, would not
 * see it: here it is a failed test. The expected counts come from the raw data/ files.
 */
import { expect, it } from 'vitest'
import { rawDocuments, rawPersons, rawStates, rawSummits } from './helpers/raw-data.js'

it('the main entry loads, with every record of data/', async () => {
  const { states, summits, documents, persons, getState } = await import('../src/index.js')
  expect([states.length, summits.length, documents.length, persons.length]).toEqual([rawStates.length, rawSummits.length, rawDocuments.length, rawPersons.length])
  expect(getState('KZ')).toEqual(rawStates.find((state) => state.code === 'KZ'))
})

it('the data modules for Node and for bundlers load the same records', async () => {
  const node = await import('../src/generated/collections-node.js')
  const bundled = await import('../src/generated/collections.js')
  expect(node.summits.map((summit) => summit.id).sort()).toEqual(rawSummits.map((summit) => summit.id).sort())
  expect({ ...bundled }).toStrictEqual({ ...node })
})

it('the schemas entry loads, and its dataset schema accepts a record of data/', async () => {
  const { SummitSchema, StateSchema } = await import('../src/schemas.js')
  expect(SummitSchema.safeParse(rawSummits[0]).error?.issues).toBeUndefined()
  expect(StateSchema.safeParse(rawStates[0]).error?.issues).toBeUndefined()
})

it('the panel tables load, each with its columns', async () => {
  const { panelTables } = await import('../src/csv/panel-tables.js')
  expect(panelTables.map((table) => table.name)).toEqual(['state-years', 'state-meetings'])
  for (const table of panelTables) expect(table.columns.length, table.name).toBeGreaterThan(8)
})

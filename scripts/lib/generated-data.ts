/**
 * The dataset as `npm run generate` validated and packed it (src/generated/data/all.json): the
 * build's later steps read it from there, so a build validates data/ once.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unpackDataset, type PackedDataset } from '../../src/packed.js'
import type { Dataset } from '../../src/types.js'
import { root } from './load-data.js'

export const generatedDatasetFile = join(root, 'src', 'generated', 'data', 'all.json')

/** The validated dataset, unpacked; throws, saying what to run, when it has not been generated. */
export function readGeneratedDataset(): Dataset {
  let text: string
  try {
    text = readFileSync(generatedDatasetFile, 'utf8')
  } catch {
    throw new Error('src/generated/data/all.json is missing: run `npm run generate` (it validates data/) first')
  }
  return unpackDataset(JSON.parse(text) as PackedDataset)
}

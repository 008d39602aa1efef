/**
 * Reads data/ as plain JSON, without validation, from the working tree or from any git revision, so
 * tools that compare versions also work on data an older schema accepted.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Dataset } from '../../src/types.js'
import { root } from './load-data.js'

type Raw = { [K in keyof Dataset]: Record<string, unknown>[] }

function assemble(files: { path: string; text: string }[]): Raw {
  const raw: Raw = { states: [], statusPeriods: [], summits: [], documents: [], participations: [], persons: [], officeholders: [], chairmanships: [] }
  for (const { path, text } of files) {
    const json = JSON.parse(text)
    if (path === 'data/states.json') {
      raw.states.push(...json.states)
      raw.statusPeriods.push(...json.statusPeriods)
    } else if (path === 'data/persons.json') raw.persons.push(...json.persons)
    else if (path === 'data/officeholders.json') raw.officeholders.push(...json.officeholders)
    else if (path === 'data/chairmanships.json') raw.chairmanships.push(...json.chairmanships)
    else if (/^data\/summits\/[^/]+\.json$/.test(path)) {
      raw.summits.push(json.summit)
      raw.documents.push(...json.documents)
      raw.participations.push(...json.participants)
    }
  }
  return raw
}

/** data/ as it is in the working tree. */
export function readWorkingData(): Raw {
  const summitFiles = readdirSync(join(root, 'data', 'summits')).filter((f) => f.endsWith('.json'))
  const collections = ['persons', 'officeholders', 'chairmanships'].map((name) => `data/${name}.json`).filter((path) => existsSync(join(root, path)))
  const paths = ['data/states.json', ...collections, ...summitFiles.map((f) => `data/summits/${f}`)]
  return assemble(paths.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') })))
}

/** data/ as it was at a git revision. */
export function readDataAt(ref: string): Raw {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const paths = git('ls-tree', '-r', '--name-only', ref, '--', 'data').split('\n').filter((p) => p.endsWith('.json'))
  return assemble(paths.map((path) => ({ path, text: git('show', `${ref}:${path}`) })))
}

/** data/meta.json as it is in the working tree. */
export function readWorkingMeta(): { dataAsOf: string } {
  return JSON.parse(readFileSync(join(root, 'data', 'meta.json'), 'utf8'))
}

/** data/meta.json as it was at a git revision. */
export function readMetaAt(ref: string): { dataAsOf: string } {
  return JSON.parse(execFileSync('git', ['show', `${ref}:data/meta.json`], { cwd: root, encoding: 'utf8' }))
}

export type { Raw }

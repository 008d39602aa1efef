/**
 * The `sco-data` bin as a user runs it, in a child process: exit codes, stderr, the shebang; and what
 * the CLI bundle reaches. Kept apart from cli.test.ts because a child process cannot see a mutant,
 * so mutation testing (vitest.mutation.config.ts) leaves this file out.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { statusOn } from '../src/index.js'

const root = join(import.meta.dirname, '..')

describe('the bin', () => {
  const bin = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8' })

  it('prints and exits 0', () => {
    const result = bin(['status', 'BY', '--on', '2024-07-04', '--json'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toBe(statusOn('BY', '2024-07-04'))
  })

  it.each([
    [['summit', '1999-atlantis'], 1],
    [['summits', '--year', 'soon'], 2],
    [['frobnicate'], 2],
  ] as const)('%j exits %i with one line on stderr and no stack trace', (args, status) => {
    const result = bin([...args])
    expect(result.status).toBe(status)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^sco-data: [^\n]+\n$/)
    expect(result.stderr).not.toMatch(/\bat .+:\d+/)
  })

  it('starts with a node shebang', () => {
    expect(readFileSync(join(root, 'src', 'cli.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})

describe('dependencies', () => {
  it('the CLI bundle reaches the library only through src/index.ts and never loads zod', async () => {
    const result = await build({
      entryPoints: [join(root, 'src', 'cli.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    const externals = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path))
    expect(inputs).toContain('src/index.ts')
    expect(inputs.filter((input) => input.startsWith('src/schemas'))).toEqual([])
    expect(externals.filter((path) => path === 'zod' || path.startsWith('zod/'))).toEqual([])
    // Every module under src/cli/ reaches outside it only for the library's entry, the package's
    // version, the pure text helpers of describe.ts and the CSV table specifications and writer
    // shared with the shipped tables (src/csv/: no data; the panel tables compute their rows with
    // src/panel.ts from the records they are given).
    const cliDir = join(root, 'src', 'cli')
    const outside = readdirSync(cliDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readFileSync(join(cliDir, file), 'utf8').matchAll(/^(?:import|\}) .*?from '(\.[^']+)'/gm)]
          .map((m) => relative(root, resolve(dirname(join(cliDir, file)), m[1]!)))
          .filter((path) => !path.startsWith(join('src', 'cli'))),
      )
    expect([...new Set(outside)].sort()).toEqual([
      'package.json',
      join('src', 'csv', 'panel-tables.js'),
      join('src', 'csv', 'tables.js'),
      join('src', 'csv', 'write-csv.js'),
      join('src', 'describe.js'),
      join('src', 'index.js'),
    ])
  })
})

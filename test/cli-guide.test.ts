/** The command-line guide shows real output: each `$ npx sco-data …` block must match what the CLI prints. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'

const guide = readFileSync(join(import.meta.dirname, '..', 'docs', 'guides', 'command-line.md'), 'utf8')
const sessions = [...guide.matchAll(/```console\n\$ npx sco-data ([^\n]*)\n([\s\S]*?)```/g)].map((m) => ({
  args: m[1]!.split(' '),
  shown: m[2]!,
}))

describe('docs/guides/command-line.md', () => {
  it('has console sessions', () => expect(sessions.length).toBeGreaterThanOrEqual(2))

  it.each(sessions.map((s) => [s.args.join(' '), s] as const))('`sco-data %s` prints what the guide shows', (_, session) => {
    let out = ''
    const code = run(session.args, { stdout: (text) => (out += text), stderr: () => {} })
    expect(code).toBe(0)
    expect(session.shown).toBe(out.endsWith('\n') ? out : `${out}\n`)
  })
})

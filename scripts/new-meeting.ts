/**
 * `npm run new-meeting -- <id> --body <body>`: writes data/summits/<id>.json for a meeting to be
 * taken in, with every field the summit schema holds: the id and body given, `null` where a value is
 * to be filled, `[]` for its sources, documents and delegations. `npm run validate` then names each
 * field still to fill. It refuses an id that exists, that the id schema rejects, or whose `-hog`
 * ending does not match the body.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { BodySchema, SummitIdSchema, SummitSchema } from '../src/schemas.js'
import { bodies } from '../src/vocabulary.js'
import { dataDir, root } from './lib/load-data.js'
import { objectIn, unwrapped } from './lib/schema-fields.js'

/**
 * The skeleton of a meeting file: each field of the summit schema in its order, optional fields
 * (alternatives) left out, lists empty and every other value `null` but the id and body.
 */
export function meetingSkeleton(id: string, body: string): { summit: Record<string, unknown>; documents: []; participants: [] } {
  const summit: Record<string, unknown> = {}
  for (const [field, schema] of Object.entries(objectIn(SummitSchema).shape)) {
    const { schema: inner, optional } = unwrapped(schema)
    if (optional) continue
    summit[field] = inner instanceof z.ZodArray ? [] : null
  }
  return { summit: { ...summit, id, body }, documents: [], participants: [] }
}

/**
 * Why `id` cannot be the id of a new meeting of `body` in `dir`, or `undefined` when it can. A
 * meeting of the Council of Heads of Government, and only one, has an id ending `-hog`.
 */
export function refusal(id: string, body: string, dir: string): string | undefined {
  const parsed = SummitIdSchema.safeParse(id)
  if (!parsed.success) return `"${id}": ${parsed.error.issues[0]!.message}`
  const hog = body === 'heads-of-government'
  if (hog !== id.endsWith('-hog')) return `"${id}": ${hog ? 'a meeting of the Council of Heads of Government has an id ending -hog' : `only a heads-of-government meeting has an id ending -hog, not a ${body} one`}`
  const path = join(dir, 'summits', `${id}.json`)
  if (existsSync(path)) return `"${id}" exists already: ${relative(root, path)}`
  return undefined
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const fail = (message: string): never => {
    console.error(`new-meeting: ${message}`)
    console.error(`usage: npm run new-meeting -- <id> --body <${bodies.join('|')}>`)
    process.exit(2)
  }
  const options = { body: { type: 'string' }, 'data-dir': { type: 'string' } } as const
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>> | undefined
  try {
    parsed = parseArgs({ options, allowPositionals: true })
  } catch (error) {
    fail((error as Error).message)
  }
  const { values, positionals } = parsed!
  if (positionals.length !== 1) fail('expected one meeting id, such as 2027-islamabad or 2026-dushanbe-hog')
  const id = positionals[0]!
  if (!BodySchema.safeParse(values.body).success) fail(`--body: expected one of ${bodies.join(', ')}`)
  // --data-dir: another copy of data/, for the tests.
  const dir = values['data-dir'] ?? dataDir
  const why = refusal(id, values.body!, dir)
  if (why) fail(why)
  const path = join(dir, 'summits', `${id}.json`)
  writeFileSync(path, `${JSON.stringify(meetingSkeleton(id, values.body!), null, 2)}\n`)
  console.log(`wrote ${relative(root, path)}: fill in its fields, then npm run validate (docs/updating.md says what goes where)`)
}

/**
 * The record interfaces users see: src/types.ts is what `npm run types` writes from the schemas, and
 * in the built declarations every field of every record carries its schema's description as TSDoc,
 * read back with the TypeScript compiler and compared with the shipped JSON Schema (an independent
 * rendering of the same descriptions).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { writeRecordTypes } from '../scripts/record-types.js'

const root = join(import.meta.dirname, '..')

/** The members of each interface a declaration file declares, with the text of their TSDoc. */
function interfaceDocs(path: string): Map<string, Map<string, string>> {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found = new Map<string, Map<string, string>>()
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const members = new Map<string, string>()
      for (const member of node.members) {
        if (!ts.isPropertySignature(member)) continue
        const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc)
        members.set(member.name.getText(source), docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join('\n'))
      }
      found.set(node.name.text, members)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The JSON Schema's description of each property of a shipped schema, by property. */
function jsonSchemaDescriptions(name: string): Map<string, string> {
  const schema = JSON.parse(readFileSync(join(root, 'dist', 'json-schema', `${name}.json`), 'utf8')) as { properties: Record<string, { description?: string }> }
  return new Map(Object.entries(schema.properties).map(([key, value]) => [key, value.description ?? '']))
}

/** The declaration file of the main entry that declares the record interfaces. */
function recordDeclarations(): string {
  const index = readFileSync(join(root, 'dist', 'index.d.ts'), 'utf8')
  if (/export interface Summit \{/.test(index)) return join(root, 'dist', 'index.d.ts')
  const chunk = [...index.matchAll(/from '\.\/([^']+)\.js'/g)].map((m) => `${m[1]}.d.ts`).find((file) => /export interface Summit \{/.test(readFileSync(join(root, 'dist', file), 'utf8')) || /interface Summit \{/.test(readFileSync(join(root, 'dist', file), 'utf8')))
  if (!chunk) throw new Error('no declaration file of the main entry declares Summit')
  return join(root, 'dist', chunk)
}

describe('record interfaces', () => {
  it('src/types.ts is what `npm run types` writes from the schemas', () => {
    const text = readFileSync(join(root, 'src', 'types.ts'), 'utf8')
    expect(writeRecordTypes(text)).toBe(text)
  })

  it.each([
    ['Source', 'source'],
    ['State', 'state'],
    ['StatusPeriod', 'status-period'],
    ['Summit', 'summit'],
    ['Document', 'document'],
    ['Participation', 'participation'],
    ['Person', 'person'],
    ['Officeholder', 'officeholder'],
    ['Chairmanship', 'chairmanship'],
    ['Dataset', 'dataset'],
  ])('every field of %s in the built declarations carries the description of its JSON Schema', (name, schema) => {
    const members = interfaceDocs(recordDeclarations()).get(name)
    expect(members, `interface ${name}`).toBeDefined()
    expect(Object.fromEntries(members!)).toEqual(Object.fromEntries(jsonSchemaDescriptions(schema)))
  })
})

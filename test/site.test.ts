/**
 * The reference site as a reader meets it: the built TypeDoc site (docs/api/) served on loopback and
 * opened in headless Chromium. The landing page and every guide must load with no console error, no
 * failed request and no broken internal link; a screenshot of the landing page is saved.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const site = join(root, 'docs', 'api')
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const haveChromium = existsSync(executablePath)
// CI installs Chromium (.ci/run); on a developer's machine without it the test says so and skips.
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${executablePath}: .ci/run installs it`)
if (!haveChromium) console.warn(`site.test.ts skipped: no Chromium at ${executablePath} (apt-get install chromium)`)

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.md': 'text/markdown',
}

let server: Server
let base: string
let browser: Browser

beforeAll(async () => {
  if (!haveChromium) return
  if (!existsSync(join(site, 'index.html'))) throw new Error('docs/api/ is not built: run npm run build')
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    let file = join(site, path)
    if (!file.startsWith(site)) return void response.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) return void response.writeHead(404).end()
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
})

const guides = existsSync(join(site, 'documents')) ? readdirSync(join(site, 'documents')).filter((f) => f.endsWith('.html')) : []
const pages = ['index.html', 'modules.html', ...guides.map((g) => `documents/${g}`)]

describe.skipIf(!haveChromium)('the reference site in Chromium', () => {
  it('has the six guides', () => {
    expect(guides.sort()).toEqual(['Command_line.html', 'Data_model.html', 'Panels_for_researchers.html', 'Recipes.html', 'Sources_and_corrections.html', 'Versioning.html'])
  })

  it.each(pages)('%s loads with no console error, no failed request and no broken internal link', async (page) => {
    const context = await browser.newContext()
    const tab = await context.newPage()
    const problems: string[] = []
    tab.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
    tab.on('response', (response) => {
      if (response.url().startsWith(base) && response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`)
    })
    const response = await tab.goto(`${base}/${page}`, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    await tab.waitForLoadState('networkidle')
    // `href` and `src` as the browser resolved them: absolute URLs.
    const links = await tab.$$eval('a[href], img[src]', (elements) =>
      elements.map((e) => {
        const element = e as unknown as { href?: string; src?: string }
        return element.href ?? element.src ?? ''
      }),
    )
    const internal = [...new Set(links.filter((href) => href.startsWith(base)).map((href) => href.split('#')[0]!))]
    expect(internal.length).toBeGreaterThan(0)
    for (const href of internal) {
      const status = (await fetch(href)).status
      if (status !== 200) problems.push(`broken link ${href} (${status})`)
    }
    if (page === 'index.html') {
      mkdirSync(join(root, '.tmp', 'site'), { recursive: true })
      await tab.screenshot({ path: join(root, '.tmp', 'site', 'landing.png'), fullPage: false })
      expect(await tab.title()).toContain('sco-data')
    }
    await context.close()
    expect(problems).toEqual([])
  })

  it("a record's page lists its fields, each with its type and its schema's description", async () => {
    const tab = await browser.newPage()
    await tab.goto(`${base}/interfaces/sco-data.Summit.html`, { waitUntil: 'load' })
    const members = await tab.$$eval('section.tsd-member', (sections) =>
      sections.map((section) => ({
        name: section.querySelector('h3')?.textContent?.trim() ?? '',
        signature: section.querySelector('.tsd-signature')?.textContent ?? '',
        comment: section.querySelector('.tsd-comment')?.textContent?.trim() ?? '',
      })),
    )
    await tab.close()
    const schema = JSON.parse(readFileSync(join(root, 'dist', 'json-schema', 'summit.json'), 'utf8')) as { properties: Record<string, { description: string }> }
    // A member's heading reads as the site shows it: "Optional" and "Readonly" badges, the name, "?" if optional.
    const fieldOf = (heading: string) => heading.replace(/^(Optional\s*)?Readonly/, '').replace(/\?$/, '').trim()
    expect(members.map((m) => fieldOf(m.name))).toEqual(Object.keys(schema.properties))
    for (const member of members) {
      const field = fieldOf(member.name)
      // The description as text: the site renders its Markdown (backticks become code).
      expect(member.comment, field).toBe(schema.properties[field]!.description.replaceAll('`', ''))
    }
    expect(members.find((m) => fieldOf(m.name) === 'host')?.signature).toMatch(/host\s*:\s*string/)
    expect(members.find((m) => fieldOf(m.name) === 'body')?.signature).toMatch(/body\s*:\s*"heads-of-state" \| "heads-of-government" \| "shanghai-five"/)
  })

  it('groups the sidebar by category, as the module page is', async () => {
    const tab = await browser.newPage()
    await tab.goto(`${base}/modules/sco-data.html`, { waitUntil: 'networkidle' })
    // The sidebar is built from assets/navigation.js once the page has loaded.
    await tab.waitForSelector('.site-menu .tsd-navigation li')
    const headings = await tab.$$eval('.site-menu .tsd-navigation summary, .site-menu .tsd-navigation .tsd-accordion-summary', (elements) =>
      elements.map((element) => element.textContent?.trim() ?? ''),
    )
    await tab.close()
    for (const category of ['Summits', 'States and status', 'Documents', 'Participants', 'People and offices', 'Data', 'Types']) {
      expect(headings, category).toContain(category)
    }
  })

  it.each(['documentsOf', 'participantsOf', 'memberStatesOn', 'statusOn', 'statesOn', 'chairOn', 'officeholdersOn'])(
    'renders every exception %s throws, with no raw tag text',
    async (name) => {
      const tab = await browser.newPage()
      await tab.goto(`${base}/functions/sco-data.${name}.html`, { waitUntil: 'load' })
      const text = (await tab.textContent('.col-content')) ?? ''
      await tab.close()
      expect(text).toContain('Throws')
      expect(text).toMatch(/RangeError/)
      expect(text).toMatch(/TypeError/)
      expect(text).not.toMatch(/\{(Type|Range)Error\}/)
    },
  )
})

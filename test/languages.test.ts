/**
 * The SCO's own languages: every Russian and Chinese name, title and city in data/ is checked for
 * its script and form against plain regular expressions and OpenCC (not the schema's own check),
 * backed by a source in that language, and found by the searches in every language; the command
 * line shows them with `--lang`, falling back to English with a mark, its tables aligned.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as OpenCC from 'opencc-js'
import { describe, expect, it } from 'vitest'
import { run } from '../src/cli/run.js'
import { displayLanguage } from '../src/cli/run.js'
import { displayWidth } from '../src/cli/table.js'
import { attendanceOf, findDocuments, findPersons, findSummits, getPerson } from '../src/index.js'
import { CityNamesSchema, DocumentTitleSchema, PersonNameSchema, SummitSchema } from '../src/schemas.js'

interface Source {
  url: string
  language?: string
}
interface Alternative {
  field: string
  value: unknown
  sources: Source[]
}
interface Names {
  en?: string
  ru?: string
  zh?: string
}
/** One value in Russian or Chinese, where it is held and what backs it. */
interface Held {
  where: string
  kind: 'name' | 'title'
  lang: 'ru' | 'zh'
  value: string
  sources: Source[]
}

const dataDir = join(import.meta.dirname, '..', 'data')
const read = (path: string) => JSON.parse(readFileSync(join(dataDir, path), 'utf8'))
const summitFiles: { summit: { id: string; body: string; city: string | null; cityNames?: Names; sources: Source[]; alternatives?: Alternative[] }; documents: { id: string; title: Names; sources: Source[]; alternatives?: Alternative[] }[] }[] = readdirSync(
  join(dataDir, 'summits'),
)
  .sort()
  .map((file) => read(join('summits', file)))
const persons: { id: string; name: Names; aliases: string[]; sources: Source[]; alternatives?: Alternative[] }[] = read('persons.json').persons

/**
 * Every Russian and Chinese value of one record's field: its own, and those its alternatives give
 * in place of its own (an alternative repeats the languages it does not dispute).
 */
function held(where: string, kind: Held['kind'], field: string, own: Names | undefined, sources: Source[], alternatives: Alternative[] = []): Held[] {
  const values = [{ names: own, sources, where, other: false }, ...alternatives.filter((a) => a.field === field).map((a, i) => ({ names: a.value as Names, sources: a.sources, where: `${where} alternative ${i}`, other: true }))]
  return values.flatMap(({ names, sources: backing, where: at, other }) =>
    (['ru', 'zh'] as const).flatMap((lang) => (names?.[lang] === undefined || (other && names[lang] === own?.[lang]) ? [] : [{ where: at, kind, lang, value: names[lang]!, sources: backing }])),
  )
}

const all: Held[] = [
  ...persons.flatMap((p) => held(`person ${p.id}`, 'name', 'name', p.name, p.sources, p.alternatives)),
  ...summitFiles.flatMap(({ summit, documents }) => [
    ...held(`summit ${summit.id}`, 'name', 'cityNames', summit.cityNames, summit.sources, summit.alternatives),
    ...documents.flatMap((d) => held(`document ${d.id}`, 'title', 'title', d.title, d.sources, d.alternatives)),
  ]),
]
const inRussian = all.filter((v) => v.lang === 'ru')
const inChinese = all.filter((v) => v.lang === 'zh')

describe('script and form', () => {
  it('holds values in both languages for every kind of record', () => {
    for (const kind of ['person', 'summit', 'document']) {
      expect(inRussian.some((v) => v.where.startsWith(kind)), kind).toBe(true)
      expect(inChinese.some((v) => v.where.startsWith(kind)), kind).toBe(true)
    }
  })

  it('every Russian value is Cyrillic: a name only Cyrillic letters, a title Latin ones only in an acronym in capitals (COVID)', () => {
    for (const { where, kind, value } of inRussian) {
      expect(value, where).toMatch(/\p{Script=Cyrillic}/u)
      const letters = kind === 'title' ? value.replace(/\b[A-Z]{2,}\b/g, '') : value
      expect(letters.match(/[^\P{L}\p{Script=Cyrillic}]/gu) ?? [], `${where}: ${value}`).toEqual([])
      if (kind === 'name') expect(value, where).toMatch(/^[\p{Script=Cyrillic} .\-'’]+$/u)
    }
  })

  it('every Chinese value is Han with no Latin or Cyrillic letter; a name joins its parts with · (or - within one)', () => {
    for (const { where, kind, value } of inChinese) {
      expect(value, where).toMatch(/\p{Script=Han}/u)
      expect(value, where).not.toMatch(/[A-Za-z\p{Script=Cyrillic}]/u)
      expect(value.match(/[^\P{L}\p{Script=Han}]/gu) ?? [], `${where}: ${value}`).toEqual([])
      if (kind === 'name') expect(value, where).toMatch(/^\p{Script=Han}+(?:[·-]\p{Script=Han}+)*$/u)
    }
  })

  it('every Chinese value is in simplified characters, as the SCO, the Chinese government and Xinhua write', () => {
    const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' })
    const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' })
    const traditional = inChinese.filter(({ value }) => fromTaiwan(value) !== value || fromHongKong(value) !== value)
    expect(traditional.map(({ where, value }) => `${where}: ${value}`)).toEqual([])
    // The check itself tells the scripts apart.
    expect(fromHongKong('上海合作組織')).toBe('上海合作组织')
  })

  it('every value is backed by a source in its language among those cited with it', () => {
    const unbacked = all.filter(({ lang, sources }) => !sources.some((s) => s.language === lang || s.language?.startsWith(`${lang}-`)))
    expect(unbacked.map(({ where, lang, value }) => `${where} ${lang}: ${value}`)).toEqual([])
  })

  it('every meeting held in a city has its name in Russian and Chinese, and only such a meeting', () => {
    for (const { summit } of summitFiles) {
      if (summit.city === null) expect(summit.cityNames, summit.id).toBeUndefined()
    }
    const named = summitFiles.filter(({ summit }) => summit.city !== null)
    // The same city is written the same way in each language, whichever meeting it hosted.
    const forms = new Map<string, Set<string>>()
    for (const { summit } of named) {
      for (const lang of ['ru', 'zh'] as const) {
        const value = summit.cityNames?.[lang]
        if (value !== undefined) forms.set(`${summit.city} ${lang}`, (forms.get(`${summit.city} ${lang}`) ?? new Set()).add(value))
      }
    }
    for (const [city, values] of forms) expect([...values], city).toHaveLength(1)
    expect(named.filter(({ summit }) => summit.cityNames?.zh === undefined).map(({ summit }) => summit.id)).toEqual([])
  })

  it.each([
    ['a Russian name', PersonNameSchema, { en: 'Vladimir Putin', ru: 'Владимир Путин' }, true],
    ['a Latin letter in a Russian name', PersonNameSchema, { en: 'Vladimir Putin', ru: 'Vladimir Путин' }, false],
    ['a Chinese name with ·', PersonNameSchema, { en: 'Narendra Modi', zh: '纳兰德拉·莫迪' }, true],
    ['a hyphenated part of a Chinese name', PersonNameSchema, { en: 'Kassym-Jomart Tokayev', zh: '哈斯穆-卓玛尔特·托卡耶夫' }, true],
    ['a space in a Chinese name', PersonNameSchema, { en: 'Narendra Modi', zh: '纳兰德拉 莫迪' }, false],
    ['a Chinese name in Russian', PersonNameSchema, { en: 'Xi Jinping', ru: '习近平' }, false],
    ['a digit in a Russian name', PersonNameSchema, { en: 'Vladimir Putin', ru: 'Владимир Путин 2' }, false],
    ['COVID in a Russian title', DocumentTitleSchema, { en: 'Plan', ru: 'План мер по преодолению пандемии COVID на 2021-2023 годы' }, true],
    ['a Latin word in a Russian title', DocumentTitleSchema, { en: 'Plan', ru: 'План Plan' }, false],
    ['a Chinese title with years and brackets', DocumentTitleSchema, { en: 'Strategy', zh: '上合组织未来10年（2026—2035年）发展战略' }, true],
    ['a Latin letter in a Chinese title', DocumentTitleSchema, { en: 'Statement', zh: '关于COVID的声明' }, false],
    ['a Chinese city', CityNamesSchema, { ru: 'Астана', zh: '阿斯塔纳' }, true],
    ['a Russian city in Latin letters', CityNamesSchema, { ru: 'Astana' }, false],
    ['a digit in a Russian city', CityNamesSchema, { ru: 'Астана 2' }, false],
    ['a space in a Chinese city', CityNamesSchema, { zh: '阿斯 塔纳' }, false],
    ['an acronym in capitals in a Russian name', PersonNameSchema, { en: 'Vladimir Putin', ru: 'Владимир PUTIN' }, false],
    ['an acronym set apart in a Chinese title', DocumentTitleSchema, { en: 'Statement', zh: '关于 COVID 的声明' }, false],
    ['spaces and dots in a Chinese title', DocumentTitleSchema, { en: 'Communiqué', zh: '新闻公报 (2017.6.8, 阿斯塔纳)' }, true],
  ])('the schemas judge %s (accepted: %$)', (_, schema, value, accepted) => {
    expect(schema.safeParse(value).success).toBe(accepted)
  })

  it('the schema says which value is wrong and what was expected', () => {
    const result = PersonNameSchema.safeParse({ en: 'Vladimir Putin', ru: 'Vladimir Путин' })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['ru', 'expected a Russian name in Cyrillic, got "Vladimir Путин" with V, l, a, d, i, m, r'],
    ])
    const title = DocumentTitleSchema.safeParse({ en: 'Declaration', zh: 'Astana Declaration' })
    expect(title.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['zh', 'expected a Chinese title in Han characters, got "Astana Declaration"']])
    const dotted = PersonNameSchema.safeParse({ en: 'Narendra Modi', zh: '纳兰德拉.莫迪' })
    expect(dotted.error?.issues[0]?.message).toBe('expected a Chinese name in Han characters (parts joined by ·, a hyphenated part by -), got "纳兰德拉.莫迪": parts are joined by ·, not spaces or dots')
    const latin = DocumentTitleSchema.safeParse({ en: 'Plan', ru: 'План Plan' })
    expect(latin.error?.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message])).toEqual([
      ['custom', 'ru', 'expected a Russian title in Cyrillic (Latin letters only in an acronym in capitals, such as COVID), got "План Plan" with P, l, a, n'],
    ])
    expect(PersonNameSchema.parse({ en: 'Vladimir Putin', ru: ' Владимир Путин ' }).ru).toBe('Владимир Путин')
    const digits = PersonNameSchema.safeParse({ en: 'Vladimir Putin', ru: 'Путин 2' })
    expect(digits.error?.issues[0]?.message).toBe('expected a Russian name in Cyrillic, got "Путин 2": a name has only letters, spaces, hyphens, dots and apostrophes')
  })

  it('a meeting held only by video has no city names', () => {
    const virtual = { ...summitFiles.find((f) => f.summit.id === '2020-virtual')!.summit }
    expect(SummitSchema.safeParse(virtual).success).toBe(true)
    const named = SummitSchema.safeParse({ ...virtual, cityNames: { ru: 'Москва' } })
    expect(named.error?.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message])).toEqual([['custom', 'cityNames', 'a meeting without a city has no city names']])
  })
})

/** A stretch from inside `text` (its second character on, up to four long): no spaces in Chinese, so the search cannot lean on word breaks. */
const inside = (text: string) => [...text].slice(1, 5).join('')

describe('search in every language', () => {
  it('findDocuments finds the Astana Declaration by its Russian and its Chinese title', () => {
    expect(findDocuments({ text: 'Астанинская декларация' }).map((d) => d.id)).toContain('2024-astana/astana-declaration')
    expect(findDocuments({ text: '阿斯塔纳宣言' }).map((d) => d.id)).toContain('2024-astana/astana-declaration')
  })

  it('findDocuments finds every document by its whole Russian or Chinese title and by a stretch inside a Chinese one', () => {
    for (const { summit: _, documents } of summitFiles) {
      for (const document of documents) {
        for (const lang of ['ru', 'zh'] as const) {
          const title = document.title[lang]
          if (title === undefined) continue
          expect(findDocuments({ text: title }).map((d) => d.id), `${document.id} ${lang}`).toContain(document.id)
          if (lang === 'zh') {
            const found = findDocuments({ text: inside(title) }).map((d) => d.id)
            expect(found, `${document.id}: ${inside(title)}`).toContain(document.id)
            // Only documents that hold the stretch in some title are found.
            const holding = summitFiles.flatMap((f) => f.documents).filter((d) => [d.title.en, d.title.ru, d.title.zh].some((t) => t?.includes(inside(title))))
            expect(found.sort()).toEqual(holding.map((d) => d.id).sort())
          }
        }
      }
    }
  })

  it('findPersons finds every person by the Russian and Chinese names held, and by a part of a Chinese one', () => {
    for (const person of persons) {
      for (const lang of ['ru', 'zh'] as const) {
        const name = person.name[lang]
        if (name === undefined) continue
        expect(findPersons(name).map((p) => p.id), `${person.id} ${lang}`).toContain(person.id)
        expect(findPersons(inside(name)).map((p) => p.id), `${person.id}: ${inside(name)}`).toContain(person.id)
      }
    }
  })

  it('findPersons reads the other dots of a Chinese name as the middle dot', () => {
    const modi = persons.find((p) => p.id === 'narendra-modi')!
    expect(modi.name.zh).toContain('·')
    for (const dot of ['・', '•', '‧']) expect(findPersons(modi.name.zh!.replace('·', dot)).map((p) => p.id)).toEqual(['narendra-modi'])
  })

  it('findSummits finds every meeting by its city in each language, in any letter case, and no meeting elsewhere', () => {
    for (const { summit } of summitFiles) {
      for (const name of [summit.city, summit.cityNames?.ru, summit.cityNames?.zh]) {
        if (name == null) continue
        const expected = summitFiles.filter((f) => [f.summit.city, f.summit.cityNames?.ru, f.summit.cityNames?.zh].some((n) => n?.toLowerCase().includes(name.toLowerCase()))).map((f) => f.summit.id)
        expect(findSummits({ text: name.toUpperCase() }).map((s) => s.id), name).toEqual(expected)
      }
    }
    expect(findSummits({ text: '青岛' }).map((s) => s.id)).toEqual(['2018-qingdao'])
    expect(findSummits({ text: 'Самарканд' }).map((s) => s.id)).toEqual(['2022-samarkand'])
    expect(findSummits({ text: 'Atlantis' })).toEqual([])
  })

  it('findSummits refuses a text that is not a string, naming it', () => {
    expect(() => findSummits({ text: 5 as unknown as string })).toThrow(new TypeError('text: expected a string, got the number 5'))
  })
})

function cli(argv: string[], env?: Record<string, string>): { code: number; out: string; err: string } {
  let out = ''
  let err = ''
  const code = run(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text), env })
  return { code, out, err }
}

/** Where each column of a table's line starts, in terminal columns: after each run of two spaces. */
function columnStarts(line: string): number[] {
  const starts: number[] = []
  for (const match of line.matchAll(/ {2,}(?=\S)/g)) starts.push(displayWidth(line.slice(0, match.index + match[0].length)))
  return starts
}

describe('the command line in each language', () => {
  const astana = summitFiles.find((f) => f.summit.id === '2024-astana')!.documents

  it.each(['ru', 'zh'] as const)('documents --lang %s shows each title in that language, else in English marked [en], and counts those on stderr', (lang) => {
    const { code, out, err } = cli(['documents', '--summit', '2024-astana', '--lang', lang], {})
    expect(code).toBe(0)
    const lines = out.trimEnd().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^id +date +kind +signed +title_${lang}$`))
    const sorted = [...astana].sort((a, b) => a.id.localeCompare(b.id))
    const titles = lines.slice(2).map((line) => line.split(/ {2,}/).at(-1))
    expect(titles.sort()).toEqual(sorted.map((d) => d.title[lang] ?? `${d.title.en} [en]`).sort())
    const fallbacks = astana.filter((d) => d.title[lang] === undefined).length
    expect(fallbacks).toBeGreaterThan(0)
    const language = lang === 'ru' ? 'Russian' : 'Chinese'
    expect(err).toBe(`sco-data: note: ${fallbacks} names and titles are not held in ${language}: shown in English, marked [en]\n`)
  })

  it('says nothing of English when every name shown is held in the language asked for', () => {
    const { out, err } = cli(['summits', '--year', '2024', '--lang', 'zh'])
    expect(out).toContain('阿斯塔纳')
    expect(out).not.toContain('[en]')
    expect(err).toBe('')
  })

  it('says "1 name or title" for a single fallback', () => {
    // A person with no Chinese name who headed one delegation and held no SCO office: one name in English.
    const officers = new Set((read('officeholders.json').officeholders as { person: string }[]).map((t) => t.person))
    const headed = (id: string) => attendanceOf({ person: id }).length
    const missing = persons.find((p) => p.name.zh === undefined && !officers.has(p.id) && headed(p.id) === 1)!
    const { out, err } = cli(['person', missing.id, '--lang', 'zh'])
    expect(out).toContain(`${attendanceOf({ person: missing.id })[0]!.personName} [en]`)
    expect(err).toBe('sco-data: note: 1 name or title is not held in Chinese: shown in English, marked [en]\n')
  })

  it('shows the officeholders by their names in the language asked for', () => {
    const { out } = cli(['officeholders', '--office', 'secretary-general', '--lang', 'zh'])
    const terms = read('officeholders.json').officeholders as { office: string; person: string }[]
    for (const term of terms.filter((t) => t.office === 'secretary-general')) {
      const name = persons.find((p) => p.id === term.person)!.name
      expect(out).toContain(name.zh ?? `${name.en} [en]`)
    }
  })

  it('shows a head of delegation no record names as the source writes the name, marked [en]', () => {
    const { out } = cli(['summit', '2012-bishkek-hog', '--lang', 'ru'])
    expect(out).toContain('S. Singh [en]')
  })

  it('keeps a table with Chinese text aligned: each cell sits in its column, as the rule under the header draws it', () => {
    const { out } = cli(['summits', '--body', 'heads-of-state', '--lang', 'zh'])
    const [header, rule, ...rows] = out.trimEnd().split('\n')
    // The rule is a run of dashes per column, two spaces apart: the columns' spans in terminal columns.
    const spans = [...rule!.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const)
    /** The line by terminal columns: a wide character, then '' for the column it also covers. */
    const grid = (line: string) => {
      const columns: string[] = []
      for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line)) {
        columns.push(segment, ...Array<string>(displayWidth(segment) - 1).fill(''))
      }
      return columns
    }
    /** The line's text in each span; `undefined` where a character straddles a span's edge. */
    const cells = (line: string) => {
      const columns = grid(line)
      return spans.map(([from, to]) => (columns[from] === '' || columns[to] === '' ? undefined : columns.slice(from, to).join('').trim()))
    }
    expect(cells(header!)).toEqual(['id', 'body', 'number', 'start_date', 'end_date', 'city', 'host', 'chair', 'format', 'documents_reported'])
    const meetings = summitFiles.filter((f) => f.summit.body === 'heads-of-state')
    expect(rows.map((row) => cells(row)[5])).toEqual(meetings.map((f) => f.summit.cityNames?.zh ?? '—'))
    expect(rows.some((row) => /\p{Script=Han}/u.test(row))).toBe(true)
    for (const row of rows) {
      expect(cells(row), row).not.toContain(undefined)
      // Between two columns, only the two spaces that part them.
      const columns = grid(row)
      for (const [i, [, to]] of spans.slice(0, -1).entries()) expect(columns.slice(to, spans[i + 1]![0]).join(''), row).toBe('  ')
    }
  })

  it('shows state names and delegates in the language asked for', () => {
    const { out } = cli(['members', '--on', '2024-07-04', '--lang', 'ru'])
    expect(out).toContain('Казахстан')
    const putin = getPerson('vladimir-putin')!
    const attendance = cli(['attendance', 'RU', '--lang', 'zh']).out
    expect(attendance).toContain(putin.name.zh)
  })

  it('--json and --csv are the same in every language', () => {
    for (const argv of [['documents', '--summit', '2024-astana', '--json'], ['summits', '--csv']]) {
      const english = cli(argv).out
      expect(cli([...argv, '--lang', 'ru']).out).toBe(english)
      expect(cli([...argv, '--lang', 'zh']).out).toBe(english)
    }
  })

  it('refuses a language it does not show, naming the ones it does', () => {
    const { code, err } = cli(['summits', '--lang', 'de'])
    expect(code).toBe(2)
    expect(err).toBe('sco-data: summits: --lang: expected one of en, ru, zh, got "de"\n')
    expect(cli(['summits', '--lang', 'RU']).code).toBe(0)
  })

  it.each([
    [undefined, {}, 'en'],
    [undefined, { LANG: 'ru_RU.UTF-8' }, 'ru'],
    [undefined, { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'zh' }, 'zh'],
    [undefined, { LANG: 'de_DE.UTF-8' }, 'en'],
    [undefined, { LANG: 'C' }, 'en'],
    [undefined, { LANG: '' }, 'en'],
    [undefined, { LC_ALL: 'C', LANG: 'ru_RU.UTF-8' }, 'en'],
    [undefined, { LC_ALL: '', LANG: 'ru_RU.UTF-8' }, 'ru'],
    [undefined, { LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'ru_RU.UTF-8' }, 'zh'],
    [undefined, { LC_ALL: 'ru_RU.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'ru'],
    ['en', { LANG: 'ru_RU.UTF-8' }, 'en'],
    ['zh', { LANG: 'ru_RU.UTF-8' }, 'zh'],
  ] as const)('--lang %s with %j shows %s', (option, env, expected) => {
    expect(displayLanguage(option, env)).toBe(expected)
  })

  it('reads the language from LANG when --lang is not given', () => {
    expect(cli(['summits', '--year', '2024'], { LANG: 'ru_RU.UTF-8' }).out).toContain('Астана')
    expect(cli(['summits', '--year', '2024'], { LANG: 'en_GB.UTF-8' }).out).toContain('Astana')
    expect(cli(['summits', '--year', '2024']).out).toContain('Astana')
  })
})

describe('the README counts', () => {
  it('gives, for persons, documents and cities, how many are held in each language, counted here from data/', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    const row = (label: string, values: Names[]) => `| ${label} | ${values.length} | ${values.filter((v) => v.en).length} | ${values.filter((v) => v.ru).length} | ${values.filter((v) => v.zh).length} |`
    const documents = summitFiles.flatMap((f) => f.documents)
    const cities = summitFiles.filter((f) => f.summit.city !== null).map((f) => ({ en: f.summit.city!, ...f.summit.cityNames }))
    expect(readme).toContain(row('persons', persons.map((p) => p.name)))
    expect(readme).toContain(row('documents', documents.map((d) => d.title)))
    expect(readme).toContain(row('meeting cities (meetings held in one)', cities))
    expect(readme).toMatch(/\| persons \| 199 \| 199 \| \d+ \| \d+ \|/)
  })
})

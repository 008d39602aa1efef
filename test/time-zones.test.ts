/**
 * A `Date` is read as the day it is in local time, wherever the code runs. These run the accessors
 * in fresh processes under time zones on both sides of UTC, where reading a Date in UTC instead
 * would give another day; a string or a plain date gives the same day everywhere.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const tsx = join(root, 'node_modules', '.bin', 'tsx')

/** Runs `body` (TypeScript, with the accessors imported) under time zone `tz` and returns what it printed. */
function inZone(tz: string, body: string): unknown {
  const script = `import { chairOn, memberStatesOn, officeholdersOn, statesOn, statusOn } from ${JSON.stringify(join(root, 'src', 'index.ts'))}\n${body}`
  return JSON.parse(execFileSync(tsx, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: tz } }))
}

describe.each(['Pacific/Auckland', 'America/Los_Angeles'])('under TZ=%s', (tz) => {
  it('the zone is in force in the child process', () => {
    const offset = inZone(tz, 'console.log(JSON.stringify(new Date(2024, 6, 4).getTimezoneOffset()))') as number
    expect(tz === 'Pacific/Auckland' ? offset < 0 : offset > 0).toBe(true)
  })

  it('a Date built from local parts is that local day, on the first and the last day of a period', () => {
    const result = inZone(
      tz,
      `console.log(JSON.stringify([
        statusOn('BY', new Date(2024, 6, 3)), statusOn('BY', new Date(2024, 6, 4)),
        statusOn('BY', new Date(2024, 6, 3, 23, 59)), statusOn('BY', new Date(2024, 6, 4, 0, 0)),
        chairOn(new Date(2024, 6, 4)), chairOn(new Date(2024, 6, 5)),
        memberStatesOn(new Date(2017, 5, 8)).length, memberStatesOn(new Date(2017, 5, 9)).length,
        officeholdersOn(new Date(2018, 11, 31), 'secretary-general').map((t) => t.person),
        officeholdersOn(new Date(2019, 0, 1), 'secretary-general').map((t) => t.person),
      ]))`,
    )
    expect(result).toEqual(['observer', 'member', 'observer', 'member', 'KZ', 'CN', 6, 8, ['rashid-alimov'], ['vladimir-norov']])
  })

  it('a Date made from a UTC instant is read as the local day it falls on', () => {
    // Midnight UTC on 4 July is still 3 July in Los Angeles, and already midday of 4 July in Auckland.
    const result = inZone(tz, `console.log(JSON.stringify(statusOn('BY', new Date('2024-07-04T00:00:00Z'))))`)
    expect(result).toBe(tz === 'America/Los_Angeles' ? 'observer' : 'member')
  })

  it('strings and plain dates mean the same day in every zone', () => {
    const result = inZone(tz, `console.log(JSON.stringify([statusOn('BY', '2024-07-04'), statusOn('BY', { year: 2024, month: 7, day: 3 }), statesOn('2014-06-01', 'observer').length]))`)
    expect(result).toEqual(['member', 'observer', 5])
  })

  it('a day left out means today in local time', () => {
    const result = inZone(
      tz,
      `const now = new Date(); const two = (n: number) => String(n).padStart(2, '0')
       const today = now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate())
       console.log(JSON.stringify([memberStatesOn().length === memberStatesOn(today).length, chairOn() === chairOn(today)]))`,
    )
    expect(result).toEqual([true, true])
  })
})

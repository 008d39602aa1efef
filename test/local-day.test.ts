/**
 * A `Date` is the day it is in local time, in process: whatever zone the tests run in, these hold.
 * In UTC they cannot tell local from UTC; test/time-zones.test.ts runs the same cases in child
 * processes on both sides of UTC, and mutation testing runs the suite under TZ=Pacific/Auckland
 * (package.json, "mutation"), where reading a Date in UTC gives the day before.
 */
import { describe, expect, it } from 'vitest'
import { chairOn, findSummits, memberStatesOn, officeholdersOn, statesOn, statusOn } from '../src/index.js'

const two = (n: number) => String(n).padStart(2, '0')
const localDay = (date: Date) => `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`

describe('a Date is read as its local day', () => {
  it('on the first and the last day of a period, at the first and the last minute', () => {
    expect(statusOn('BY', new Date(2024, 6, 3))).toBe('observer')
    expect(statusOn('BY', new Date(2024, 6, 3, 23, 59, 59, 999))).toBe('observer')
    expect(statusOn('BY', new Date(2024, 6, 4))).toBe('member')
    expect(statusOn('BY', new Date(2024, 6, 4, 0, 0))).toBe('member')
  })

  it('by every accessor that takes a day', () => {
    expect(chairOn(new Date(2024, 6, 4))).toBe('KZ')
    expect(chairOn(new Date(2024, 6, 5))).toBe('CN')
    expect(memberStatesOn(new Date(2017, 5, 8))).toHaveLength(6)
    expect(memberStatesOn(new Date(2017, 5, 9))).toHaveLength(8)
    expect(statesOn(new Date(2014, 5, 1), 'observer')).toHaveLength(5)
    expect(officeholdersOn(new Date(2018, 11, 31), 'secretary-general').map((t) => t.person)).toEqual(['rashid-alimov'])
    expect(officeholdersOn(new Date(2019, 0, 1), 'secretary-general').map((t) => t.person)).toEqual(['vladimir-norov'])
    // The Astana meeting ran 3–4 July 2024: a range ending on its first day still reaches it.
    expect(findSummits({ from: new Date(2024, 6, 4), to: new Date(2024, 6, 4) }).map((s) => s.id)).toContain('2024-astana')
    expect(findSummits({ from: new Date(2024, 6, 5), to: new Date(2024, 11, 31) }).map((s) => s.id)).not.toContain('2024-astana')
  })

  it('a Date made from an instant is the local day that instant falls on', () => {
    const instant = new Date('2024-07-04T00:00:00Z')
    expect(statusOn('BY', instant)).toBe(localDay(instant) === '2024-07-04' ? 'member' : 'observer')
  })

  it('a day left out means today in local time', () => {
    const today = localDay(new Date())
    expect(memberStatesOn()).toEqual(memberStatesOn(today))
    expect(chairOn()).toBe(chairOn(today))
    expect(statesOn()).toEqual(statesOn(today))
    expect(officeholdersOn()).toEqual(officeholdersOn(today))
  })
})

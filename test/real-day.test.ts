/**
 * One definition of a real day (src/real-day.ts) serves the schemas, their JSON Schema and the
 * accessors: each case here must get the same verdict from all of them. (Apart from
 * test/schemas.test.ts, which loads no data, so that a mutation run can start with it.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { chairOn, findSummits, statusOn } from '../src/index.js'
import { isIsoDate } from '../src/schemas/common.js'
import { IsoDateSchema } from '../src/schemas.js'

describe('a real day', () => {
  const cases: [text: string, real: boolean, why: string][] = [
    ['2024-07-04', true, 'an ordinary day'],
    ['2024-02-29', true, 'a leap year: divisible by 4'],
    ['2023-02-29', false, 'not a leap year'],
    ['2023-02-28', true, 'the last day of February in a common year'],
    ['2024-02-30', false, 'February never has 30 days'],
    ['2000-02-29', true, 'a century divisible by 400 is a leap year'],
    ['2400-02-29', true, 'a century divisible by 400 is a leap year'],
    ['1900-02-29', false, 'a century not divisible by 400 is not'],
    ['2100-02-29', false, 'a century not divisible by 400 is not'],
    ['0000-01-01', true, 'the first day YYYY-MM-DD can write'],
    ['0000-02-29', true, 'year 0 is a leap year in the proleptic Gregorian calendar'],
    ['9999-12-31', true, 'the last day YYYY-MM-DD can write'],
    ['10000-01-01', false, 'five-digit year'],
    ['2024-13-01', false, 'a 13th month'],
    ['2024-00-10', false, 'month 00'],
    ['2024-01-00', false, 'day 00'],
    ['2024-01-31', true, 'day 31 in a 31-day month'],
    ['2024-12-31', true, 'day 31 in December'],
    ['2024-04-31', false, 'day 31 in April'],
    ['2024-06-31', false, 'day 31 in June'],
    ['2024-09-31', false, 'day 31 in September'],
    ['2024-11-31', false, 'day 31 in November'],
    ['2024-11-30', true, 'day 30 in a 30-day month'],
    ['2024-01-32', false, 'day 32'],
    ['2024-7-4', false, 'unpadded month and day'],
    ['24-07-04', false, 'two-digit year'],
    ['2024/07/04', false, 'slashes'],
    ['2024-07-04T00:00:00Z', false, 'a time'],
    ['2024-07-04\n', false, 'a trailing line break'],
    [' 2024-07-04', false, 'a leading space'],
    ['２０２４-07-04', false, 'full-width digits'],
    ['', false, 'empty'],
  ]
  const jsonSchema = z.toJSONSchema(IsoDateSchema) as { format?: string; pattern?: string }
  /** How an accessor takes the day: a RangeError for a day that is not real, else an answer. */
  const accepts = (call: () => unknown) => {
    try {
      call()
      return true
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError)
      return false
    }
  }

  it.each(cases)('%j: %s (%s)', (text, real) => {
    expect(IsoDateSchema.safeParse(text).success).toBe(real)
    expect(isIsoDate(text)).toBe(real)
    expect(new RegExp(jsonSchema.pattern!).test(text)).toBe(real)
    expect(accepts(() => statusOn('KZ', text))).toBe(real)
    expect(accepts(() => findSummits({ from: text }))).toBe(real)
    expect(accepts(() => chairOn(text))).toBe(real)
    // The same day as a plain date, where the text has the shape of one.
    const parts = /^(\d{4,})-(\d\d)-(\d\d)$/.exec(text)
    if (parts) expect(accepts(() => statusOn('KZ', { year: Number(parts[1]), month: Number(parts[2]), day: Number(parts[3]) }))).toBe(real)
  })

  it('isIsoDate takes only text: an array or number that prints as a day is not one', () => {
    expect(isIsoDate(['2024-07-04'])).toBe(false)
    expect(isIsoDate(new String('2024-07-04'))).toBe(false)
    expect(isIsoDate('2024-07-04')).toBe(true)
  })

  it('a plain date with a negative or five-digit year is not a real day', () => {
    for (const year of [-1, -2024, 10000, 1e21]) expect(accepts(() => statusOn('KZ', { year, month: 1, day: 1 })), String(year)).toBe(false)
    expect(accepts(() => statusOn('KZ', { year: 2024, month: 1, day: 100 }))).toBe(false)
    expect(accepts(() => statusOn('KZ', { year: 2024, month: 100, day: 1 }))).toBe(false)
  })

  it('the JSON Schema says format date, and a schema error says what a day must be', () => {
    expect(jsonSchema).toMatchObject({ type: 'string', format: 'date' })
    expect(IsoDateSchema.safeParse('2023-02-29').error?.issues[0]?.message).toBe('expected a real calendar day written YYYY-MM-DD')
    expect(IsoDateSchema.safeParse(20240704).error?.issues[0]?.message).toBe('expected a real calendar day written YYYY-MM-DD')
  })

  it('agrees with the calendar a UTC Date keeps, for any year 0000–9999, month 00–13 and day 00–32', () => {
    const two = (n: number) => String(n).padStart(2, '0')
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`
        // The oracle: a day is real when a UTC Date built from its parts has those same parts.
        const date = new Date(0)
        date.setUTCFullYear(year, month - 1, day)
        const real = month >= 1 && day >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
        expect(IsoDateSchema.safeParse(text).success).toBe(real)
        expect(accepts(() => statusOn('KZ', text))).toBe(real)
      }),
      { numRuns: 2000, examples: [[1600, 2, 29], [1700, 2, 29], [1996, 2, 29], [2004, 2, 29], [2096, 2, 29], [4, 2, 29], [100, 2, 29], [400, 2, 29]] },
    )
  })
})

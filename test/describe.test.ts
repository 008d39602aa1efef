/**
 * The wording of argument errors (src/describe.ts): how an unexpected value is described, which keys
 * an options object may have, and the "did you mean" hint. Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import { checkOptions, closest, describe as describeValue, didYouMean, editDistance } from '../src/describe.js'

describe('describe', () => {
  it('names each kind of value', () => {
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(null)).toBe('null')
    expect(describeValue([1, 2])).toBe('an array')
    expect(describeValue('KZ')).toBe('"KZ"')
    expect(describeValue(new Date(0))).toBe('a Date')
    expect(describeValue({ body: 'x' })).toBe('an object')
    expect(describeValue(() => 1)).toBe('a function')
    expect(describeValue(Symbol('x'))).toBe('a symbol')
    expect(describeValue(12n)).toBe('the bigint 12n')
    expect(describeValue(2024)).toBe('the number 2024')
    expect(describeValue(Number.NaN)).toBe('the number NaN')
    expect(describeValue(true)).toBe('the boolean true')
  })

  it('cuts a string longer than 40 characters, and only such a string', () => {
    const forty = 'abcdefghij'.repeat(4)
    expect(describeValue(forty)).toBe(`"${forty}"`)
    expect(describeValue(`${forty}X`)).toBe(`"${forty}…"`)
    expect(describeValue('a "quoted"\nline')).toBe('"a \\"quoted\\"\\nline"')
  })
})

describe('checkOptions', () => {
  const allowed = ['body', 'year']

  it('accepts a plain object with allowed keys, or none', () => {
    expect(() => checkOptions({}, 'findSummits', allowed)).not.toThrow()
    expect(() => checkOptions({ body: 'x', year: 1 }, 'findSummits', allowed)).not.toThrow()
  })

  it.each([
    [null, 'null'],
    ['body', '"body"'],
    [42, 'the number 42'],
    [['body'], 'an array'],
    [new Date(0), 'a Date'],
  ])('rejects %j as not an options object', (value, described) => {
    expect(() => checkOptions(value, 'findSummits', allowed)).toThrow(
      new TypeError(`findSummits: expected an object with any of the keys body, year, got ${described}`),
    )
  })

  it('names an unknown key, with the nearest allowed one when there is one', () => {
    const error = (value: object) => {
      try {
        checkOptions(value, 'findSummits', allowed)
      } catch (caught) {
        return caught
      }
      return undefined
    }
    expect(error({ bdy: 'x' })).toEqual(new TypeError('findSummits: unknown key "bdy" (did you mean "body"?); the keys are body, year'))
    expect(error({ host: 'KZ' })).toEqual(new TypeError('findSummits: unknown key "host"; the keys are body, year'))
    expect(error({ body: 'x', yaer: 1 })).toBeInstanceOf(TypeError)
  })
})

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'ab', 2],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
    // A swap of two neighbours is one edit, wherever it falls.
    ['ab', 'ba', 1],
    ['abcd', 'abdc', 1],
    ['abcd', 'bacd', 1],
    ['observr', 'obsevrr', 1],
    // Only neighbours: a swap is not an edit when the letters are not the two swapped.
    ['ab', 'bx', 2],
    ['ab', 'xa', 2],
    // Restricted: no letter is edited twice, so "ca" to "abc" is three edits, not two.
    ['ca', 'abc', 3],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance)
    expect(editDistance(b, a)).toBe(distance)
  })
})

describe('closest and didYouMean', () => {
  it('finds nothing among no candidates', () => {
    expect(closest('body', [])).toBeUndefined()
    expect(didYouMean('body', [])).toBe('')
  })

  it('allows a third of the longer word to differ, and at least one letter', () => {
    // "abcd" to "abcdef" is two edits: a third of six letters, though more than a third of four.
    expect(closest('abcd', ['abcdef'])).toBe('abcdef')
    expect(closest('abc', ['abcdef'])).toBeUndefined()
    expect(closest('a', ['b'])).toBe('b')
    expect(closest('ab', ['cd'])).toBeUndefined()
  })

  it('ignores case, returns the candidate as written, and prefers the first of a tie', () => {
    expect(closest('HEADS-OF-STATES', ['heads-of-state', 'heads-of-government'])).toBe('heads-of-state')
    expect(closest('bx', ['ax', 'cx'])).toBe('ax')
    expect(didYouMean('KZZ', ['KZ', 'KG'])).toBe(' (did you mean "KZ"?)')
    expect(didYouMean('zzzz', ['KZ', 'KG'])).toBe('')
  })
})

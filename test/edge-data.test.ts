/**
 * Cases the data does not hold today but may tomorrow, on the real data with three records added:
 * a person who headed no delegation, a person whose name has every word of another person's id, and
 * a state with no status and no delegation. (Every person in data/ headed a delegation, every state
 * holds a status and attended a meeting, and no id's words name two people.)
 */
import { describe, expect, it, vi } from 'vitest'
import type { Participation, Person, State } from '../src/index.js'

vi.mock('../src/generated/collections.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/generated/collections.js')>()
  const modi = real.persons.find((person) => person.id === 'narendra-modi')!
  const nobody: Person = { ...modi, id: 'quentin-nobody', name: { en: 'Quentin Nobody' }, state: null, notes: null }
  const namesake: Person = { ...modi, id: 'narendra-modi-junior', name: { en: 'Narendra Modi Junior' }, notes: null }
  const namesakeAttended: Participation = {
    ...real.participations.find((participation) => participation.person === 'narendra-modi')!,
    person: namesake.id,
    personName: namesake.name.en,
  }
  const kazakhstan = real.states.find((state) => state.code === 'KZ')!
  const antarctica: State = { ...kazakhstan, code: 'AQ', iso3: 'ATA', name: 'Antarctica', isoNumeric: '010', cow: null, notes: null }
  return {
    ...real,
    persons: [...real.persons, nobody, namesake],
    participations: [...real.participations, namesakeAttended],
    states: [...real.states, antarctica],
  }
})

const { attendanceOf, statesOn, statusOn } = await import('../src/index.js')
const { run } = await import('../src/cli/run.js')

function output(argv: string[]): string {
  let out = ''
  let err = ''
  const code = run(argv, { stdout: (text) => (out += text), stderr: (text) => (err += text) })
  expect({ code, err }).toEqual({ code: 0, err: '' })
  return out
}

describe('a person who headed no delegation', () => {
  it('attended nothing, found by id', () => {
    expect(attendanceOf({ person: 'quentin-nobody' })).toEqual([])
  })

  it('is shown with "No delegation headed."', () => {
    expect(output(['person', 'quentin-nobody'])).toContain('\nDelegations headed (0)\nNo delegation headed.\n')
  })
})

describe('an id whose words are in another person\'s name', () => {
  it('names that one person', () => {
    const byId = attendanceOf({ person: 'narendra-modi' })
    expect(byId.length).toBeGreaterThan(0)
    expect(new Set(byId.map((participation) => participation.person))).toEqual(new Set(['narendra-modi']))
  })

  it('as free text, finds both', () => {
    const byName = attendanceOf({ person: 'Narendra Modi' })
    expect(new Set(byName.map((participation) => participation.person))).toEqual(new Set(['narendra-modi', 'narendra-modi-junior']))
  })

  it('is no organisation', () => {
    expect(attendanceOf({ organisation: 'narendra-modi' })).toEqual([])
  })
})

describe('a state with no status and no delegation', () => {
  it('attended nothing, and is no error', () => {
    expect(attendanceOf('AQ')).toEqual([])
    expect(attendanceOf('aq')).toEqual([])
  })

  it('holds no status on any day', () => {
    expect(statusOn('AQ', '2024-07-04')).toBeUndefined()
    expect(statesOn('2024-07-04').map((state) => state.code)).not.toContain('AQ')
    expect(statesOn('2024-07-04').length).toBeGreaterThan(0)
  })

  it('is shown with "No delegation recorded."', () => {
    expect(output(['attendance', 'AQ'])).toBe('Antarctica at SCO meetings (0)\nNo delegation recorded.\n')
  })
})

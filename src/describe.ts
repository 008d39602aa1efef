/**
 * A short description of an unexpected argument for an error message: `undefined`, `null`,
 * `"text"`, `42`, `an array`, `an object`… Long strings are cut at 40 characters.
 */
export function describe(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (value instanceof Date) return 'a Date'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return 'a symbol'
  if (typeof value === 'bigint') return `the bigint ${String(value)}n`
  return `the ${typeof value} ${String(value)}`
}

/**
 * Checks that an options object is a plain object whose keys are all in `allowed`: a misspelt
 * key would otherwise be ignored and match everything.
 *
 * @throws `TypeError` naming the unknown key and listing the allowed ones.
 */
export function checkOptions(value: unknown, name: string, allowed: readonly string[]): asserts value is object {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    throw new TypeError(`${name}: expected an object with any of the keys ${allowed.join(', ')}, got ${describe(value)}`)
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const hint = closest(key, allowed)
      throw new TypeError(
        `${name}: unknown key ${JSON.stringify(key)}${hint ? ` (did you mean "${hint}"?)` : ''}; the keys are ${allowed.join(', ')}`,
      )
    }
  }
}

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours) between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      // A swap needs two letters on each side: below that, one side reads index -1, undefined, which matches no letter.
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1)
      rows[i]![j] = best
    }
  }
  return rows[a.length]![b.length]!
}

/**
 * The candidate nearest to `text` by edit distance (ignoring case), when it is near enough to be
 * what was meant: at most a third of the longer word's letters differ. Ties go to the first.
 */
export function closest(text: string, candidates: Iterable<string>): string | undefined {
  const folded = text.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best === undefined) return undefined
  return bestDistance <= Math.max(1, Math.floor(Math.max(folded.length, best.length) / 3)) ? best : undefined
}

/** ` (did you mean "x"?)` when a candidate is near `text`, else the empty string. */
export function didYouMean(text: string, candidates: Iterable<string>): string {
  const hint = closest(text, candidates)
  return hint === undefined ? '' : ` (did you mean "${hint}"?)`
}

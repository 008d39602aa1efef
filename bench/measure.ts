/**
 * Timing in fresh Node processes. Each probe (bench/probes/) times its own work with
 * performance.now() and prints JSON, so process start-up is left out; this collects what they
 * print. Jobs run round-robin, one process each per round, so drift in the machine's speed (other
 * work on a shared machine) spreads over all of them alike: only ratios within one run are
 * meaningful. Every figure is a median over processes.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { progress } from './format.js'

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median: expected at least one value')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

// The probes measure plain Node: no loader or flags the bench itself runs under (tsx).
const childEnv = { ...process.env }
delete childEnv.NODE_OPTIONS

/** Runs `probe` (a file in the consumer's probes/) in a fresh Node process and returns what it printed. */
export function runProbe(consumer: string, probe: string, args: readonly string[]): Record<string, number> {
  const out = execFileSync(process.execPath, ['--no-warnings', join(consumer, 'probes', probe), ...args], {
    cwd: consumer,
    env: childEnv,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  })
  return JSON.parse(out) as Record<string, number>
}

export interface Job<T> {
  key: string
  /** How many processes this job gets; rounds past it skip the job. */
  runs: number
  run: () => T
}

/** Runs every job once per round, round after round, and returns each job's results by key. */
export function roundRobin<T>(what: string, jobs: readonly Job<T>[]): Map<string, T[]> {
  const results = new Map<string, T[]>(jobs.map((job) => [job.key, []]))
  const rounds = Math.max(...jobs.map((job) => job.runs))
  for (let round = 0; round < rounds; round++) {
    for (const job of jobs) if (round < job.runs) results.get(job.key)!.push(job.run())
    progress(`${what}: round ${round + 1}/${rounds}`)
  }
  return results
}

/** The median of each figure a probe printed, over the processes that ran it. */
export function medianPerKey(samples: readonly Record<string, number>[]): Record<string, number> {
  const keys = Object.keys(samples[0] ?? {})
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key]!))]))
}

/** One thing whose first import or require the bench times. */
export interface LoadVariant {
  /** Which figures the variant belongs with: floors are compared within their group. */
  group: string
  name: string
  probe: 'load.mjs' | 'load.cjs'
  /** A bare specifier (resolved from the consumer), a file URL (ESM) or a path (CJS). */
  target: string
  runs: number
}

/** A build's ESM and CJS entries as two variants of `group`, named by format. */
export const bothFormats = (group: string, esm: string, cjs: string, runs: number): LoadVariant[] => [
  { group, name: 'ESM', probe: 'load.mjs', target: esm, runs },
  { group, name: 'CJS', probe: 'load.cjs', target: cjs, runs },
]

export const formatOf = (v: LoadVariant): 'ESM' | 'CJS' => (v.probe === 'load.mjs' ? 'ESM' : 'CJS')

/**
 * Which time a figure is: wall-clock, what a user waits; or CPU (user + system, every thread of the
 * process), which other work on the machine barely moves, since time spent waiting for a core is
 * not counted. On an idle machine the two are close; on a busy one, wall-clock medians drift by
 * more than the differences between variants while CPU-time ratios hold.
 */
export type Clock = 'wall' | 'cpu'
export const clocks: readonly Clock[] = ['wall', 'cpu']
export const clockLabel: Record<Clock, string> = { wall: 'wall-clock time', cpu: 'CPU time (user + system, all threads)' }

/** The median load times of a set of variants on one clock, looked up by group and name. */
export interface Loads {
  readonly variants: readonly LoadVariant[]
  readonly clock: Clock
  median(group: string, name: string): number
  /** The same measurements on another clock. */
  by(clock: Clock): Loads
}

const keyOf = (v: Pick<LoadVariant, 'group' | 'name'>) => `${v.group} / ${v.name}`

/** Times the first load of every variant in fresh processes, round-robin, on both clocks. */
export function measureLoads(consumer: string, variants: readonly LoadVariant[]): Loads {
  const keys = new Set(variants.map(keyOf))
  if (keys.size !== variants.length) throw new Error('two load variants share a group and name')
  const samples = roundRobin(
    `load (${variants.length} variants)`,
    variants.map((v) => ({ key: keyOf(v), runs: v.runs, run: () => runProbe(consumer, v.probe, [v.target]) })),
  )
  const on = (clock: Clock): Loads => ({
    variants,
    clock,
    median: (group, name) => {
      const values = samples.get(keyOf({ group, name }))
      if (!values) throw new Error(`no load variant "${name}" in group "${group}"`)
      return median(values.map((sample) => (clock === 'wall' ? sample.ms! : sample.cpuMs!)))
    },
    by: on,
  })
  return on('wall')
}

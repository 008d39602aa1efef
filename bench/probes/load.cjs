// A probe (bench/measure.ts runs it in a fresh process): times this process's first require of
// argv[2], a bare specifier or a path, and prints the time as JSON.
const spec = process.argv[2]
const start = performance.now()
const loaded = require(spec)
const elapsed = performance.now() - start
process.stdout.write(JSON.stringify({ ms: elapsed, exports: Object.keys(loaded).length }))

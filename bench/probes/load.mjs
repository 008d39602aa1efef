// A probe (bench/measure.ts runs it in a fresh process): times this process's first import of
// argv[2], a bare specifier or a file URL, and prints the time as JSON. Bare specifiers resolve from
// the consumer's node_modules, since the bench copies this file into the consumer.
const spec = process.argv[2]
const start = performance.now()
const loaded = await import(spec)
const elapsed = performance.now() - start
process.stdout.write(JSON.stringify({ ms: elapsed, exports: Object.keys(loaded).length }))

// A probe (bench/measure.ts runs it in a fresh process): times this process's first import of
// argv[2], a bare specifier or a file URL, wall-clock and CPU (bench/measure.ts: Clock), and prints
// both as JSON. Bare specifiers resolve from the consumer's node_modules, since the bench copies
// this file into the consumer.
const spec = process.argv[2]
const cpuStart = process.cpuUsage()
const start = performance.now()
const loaded = await import(spec)
const elapsed = performance.now() - start
const cpu = process.cpuUsage(cpuStart)
process.stdout.write(JSON.stringify({ ms: elapsed, cpuMs: (cpu.user + cpu.system) / 1000, exports: Object.keys(loaded).length }))

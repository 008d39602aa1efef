// A probe (bench/measure.ts runs it in a fresh process): times this process's first require of
// argv[2], a bare specifier or a path, wall-clock and CPU (bench/measure.ts: Clock), and prints
// both as JSON.
const spec = process.argv[2]
const cpuStart = process.cpuUsage()
const start = performance.now()
const loaded = require(spec)
const elapsed = performance.now() - start
const cpu = process.cpuUsage(cpuStart)
process.stdout.write(JSON.stringify({ ms: elapsed, cpuMs: (cpu.user + cpu.system) / 1000, exports: Object.keys(loaded).length }))

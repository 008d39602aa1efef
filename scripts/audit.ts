/**
 * `npm audit --omit=dev`, failing on any advisory against a runtime dependency. Some registries
 * (mirrors, proxies) do not serve the audit endpoint: then it says so loudly and does not fail,
 * since nothing was checked either way; any other failure fails.
 */
import { spawnSync } from 'node:child_process'

const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report: {
  message?: string
  error?: { code?: string; summary?: string }
  metadata?: { vulnerabilities?: Record<string, number> }
}
try {
  report = JSON.parse(result.stdout || '{}')
} catch {
  console.error(`npm audit printed no JSON:\n${result.stdout}\n${result.stderr}`)
  process.exit(1)
}
const failure = report.error ? `${report.error.code ?? ''} ${report.error.summary ?? ''}`.trim() : report.message
if (failure !== undefined || !report.metadata) {
  const why = failure || result.stderr.trim().split('\n')[0] || 'no report'
  if (/405|404|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|endpoint returned an error/.test(`${why} ${result.stderr}`)) {
    console.warn(`WARNING: the registry's audit endpoint is not available (${why}); runtime dependencies were NOT audited.`)
    process.exit(0)
  }
  console.error(`npm audit failed: ${why}`)
  process.exit(1)
}
const counts = report.metadata?.vulnerabilities ?? {}
const total = Object.entries(counts).filter(([level]) => level !== 'total').reduce((n, [, c]) => n + c, 0)
if (total > 0) {
  console.error(`npm audit: ${total} advisories against runtime dependencies: ${JSON.stringify(counts)}`)
  process.exit(1)
}
console.log('npm audit: no advisories against runtime dependencies')

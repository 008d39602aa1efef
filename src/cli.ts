#!/usr/bin/env node
// Stryker disable all: the bin's entry runs only in a child process (test/cli-bin.test.ts), where no mutant is active; the work is in run(), which is mutated and tested in process
/**
 * The `sco-data` command: `npx sco-data --help`. All the work is in {@link run}, which the tests
 * call in process.
 *
 * @module sco-data/cli
 */
import { run } from './cli/run.js'

// `sco-data … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
})

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
})

// The size budgets `npm run size` checks with esbuild, test/bundles.test.ts again with Vite, and
// `npm run bench` reports. Each accessor has a budget of its own; the whole API's is decided
// relative to the data it ships: the gzip size of the packed data (dist/index.data.json) plus at most
// 12 kB of code, so that it follows the data from release to release. The summit accessors' 52 kB
// (45 kB until the cities' Russian and Chinese names, whose sources added about 8 kB of gzipped
// summit data) leaves room for a few years of meetings.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

/** What the whole API may add to the data, in bytes (size-limit's kB are 1000 bytes). */
export const wholeApiCodeBytes = 12_000

/** The gzip size (level 9, as size-limit measures) of the packed data the build ships. */
export function dataGzipBytes() {
  return gzipSync(readFileSync(new URL('./dist/index.data.json', import.meta.url)), { level: 9 }).length
}

function wholeApiLimit() {
  return `${(dataGzipBytes() + wholeApiCodeBytes) / 1000} kB`
}

export default [
  {
    name: "import { statusOn } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ statusOn }',
    gzip: true,
    limit: '24 kB',
  },
  {
    name: "import { statesOn } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ statesOn }',
    gzip: true,
    limit: '24 kB',
  },
  {
    name: "import { memberStatesOn } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ memberStatesOn }',
    gzip: true,
    limit: '24 kB',
  },
  {
    name: "import { getState } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ getState }',
    gzip: true,
    limit: '24 kB',
  },
  {
    name: "import { statusHistory } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ statusHistory }',
    gzip: true,
    limit: '24 kB',
  },
  {
    name: "import { getSummit } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ getSummit }',
    gzip: true,
    limit: '52 kB',
  },
  {
    name: "import { findSummits } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ findSummits }',
    gzip: true,
    limit: '52 kB',
  },
  {
    name: "import { summits } from 'sco-data'",
    path: 'dist/index.browser.js',
    import: '{ summits }',
    gzip: true,
    limit: '52 kB',
  },
  {
    name: "import * from 'sco-data' (the whole API: the data's own gzip size plus at most 12 kB of code)",
    path: 'dist/index.browser.js',
    import: '*',
    gzip: true,
    limit: wholeApiLimit(),
  },
  {
    name: "import { SummitSchema } from 'sco-data/schemas'",
    path: 'dist/schemas.js',
    import: '{ SummitSchema }',
    gzip: true,
    limit: '114 kB',
  },
]

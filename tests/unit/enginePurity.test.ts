import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'

/** The rules engines run in the browser, the admin and the API: they may import only zod. */
const PURE_FOLDERS = ['src/forms', 'src/eligibility', 'src/casework']
/** The reports' figures are pure too (suppression, percentiles, periods…); their database code is not. */
const PURE_FILES = [
  'types', 'suppression', 'percentiles', 'periods', 'ageBands', 'filters', 'cellCounts', 'statsRow',
  'reportInput', 'captions', 'countTables', 'contactTables', 'caseloadTables', 'reportTables', 'export/columns', 'export/exportQuery',
].map((name) => `src/reports/${name}.ts`)
/** Data-only libraries a pure file may import, by file: England and Wales bank holidays. */
const ALSO_ALLOWED: Record<string, string[]> = { 'src/casework/workingDays.ts': ['date-holidays'] }
const FORBIDDEN = /^(payload|@payloadcms\/|next(\/|$)|react(\/|-dom|$)|mongoose|nodemailer|node:|fs$|path$|crypto$)/

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

/** Static imports and re-exports (which start a line) and dynamic `import('…')` calls. */
const IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"\s]+)['"]|^import\s*['"]([^'"\s]+)['"]|\bimport\(\s*['"]([^'"\s]+)['"]\s*\)/gm

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3])

describe('engine purity', () => {
  const files = [...PURE_FOLDERS.flatMap((folder) => sourceFiles(path.resolve(folder))), ...PURE_FILES.map((file) => path.resolve(file))]

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))('%s imports only zod and the engines', (_, file) => {
    const outside = importsOf(file).filter((name) => !name.startsWith('.') && !name.startsWith('@/forms') && !name.startsWith('@/eligibility') && !name.startsWith('@/casework') && !PURE_FILES.includes(`src/${name.slice(2)}.ts`))
    const allowed = ['zod', ...(ALSO_ALLOWED[path.relative(process.cwd(), file)] ?? [])]
    expect(outside.filter((name) => !allowed.includes(name))).toEqual([])
    expect(outside.filter((name) => FORBIDDEN.test(name))).toEqual([])
  })
})

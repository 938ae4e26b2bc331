import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** The Nu HTML checker (the W3C validator) from the `vnu-jar` package; needs Java 11+. */
const VNU_JAR = path.join(process.cwd(), 'node_modules/vnu-jar/build/dist/vnu.jar')

export type VnuError = { page: string; line: number | null; message: string; extract: string }

type VnuOutput = { messages: { type: string; url?: string; lastLine?: number; message: string; extract?: string }[] }

/**
 * nhsuk-frontend's care card heading wraps its text in `<span role="text">` (a VoiceOver hint
 * outside the ARIA spec): the design system's own markup, the one error accepted.
 */
const ACCEPTED = [/^Bad value “text” for attribute “role” on element “span”\.$/]

/**
 * Checks several HTML documents in one Java process (its start-up takes seconds) and returns
 * every error, each naming its page. Warnings are left out (`--errors-only`).
 */
export async function validateHtml(pages: { name: string; html: string }[]): Promise<VnuError[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psu-vnu-'))
  try {
    const files = pages.map(({ html }, index) => {
      const file = path.join(dir, `page-${index}.html`)
      writeFileSync(file, html)
      return file
    })
    const output = await runVnu(files)
    return output.messages
      .filter((item) => item.type === 'error' || item.type === 'non-document-error')
      .filter((item) => !ACCEPTED.some((pattern) => pattern.test(item.message)))
      .map((item) => {
        const index = files.findIndex((file) => item.url?.endsWith(path.basename(file)))
        return { page: pages[index]?.name ?? item.url ?? '?', line: item.lastLine ?? null, message: item.message, extract: item.extract ?? '' }
      })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** vnu prints its JSON report on stderr and exits 1 when it found errors. */
function runVnu(files: string[]): Promise<VnuOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (error) => reject(new Error(`cannot run java (apt-get install -y default-jre-headless): ${error.message}`)))
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stderr) as VnuOutput)
      } catch {
        reject(new Error(`vnu exited with ${code} and no report: ${stderr.slice(0, 2000)}`))
      }
    })
  })
}

/** One line per error, for a failure message. */
export const formatVnuErrors = (errors: VnuError[]): string =>
  errors.map(({ page, line, message, extract }) => `${page}:${line ?? '?'} ${message}\n    ${extract}`).join('\n')

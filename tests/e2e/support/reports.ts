import { readFile } from 'node:fs/promises'

import type { Page } from 'playwright-core'

import type { Credentials } from './adminApi'
import { login } from './adminApi'
import { applyFor, referralByReference } from './casework'

export const MANAGER: Credentials = { email: 'service.manager@psu.test', password: 'Manager-e2e-password-1', name: 'Mina Manager' }

async function ok(response: Response, what: string): Promise<unknown> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what} → ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as unknown
}

/** A member of staff with one role, created by the administrator; signs in once to check. */
export async function createUser(baseUrl: string, adminToken: string, who: Credentials, role: 'manager' | 'caseworker' | 'editor'): Promise<void> {
  const response = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...who, roles: [role] }),
  })
  await ok(response, `create ${who.email}`)
  await login(baseUrl, who)
}

/** `count` routine applications to one service through the public API; returns their references. */
export async function applyMany(baseUrl: string, service: string, count: number): Promise<string[]> {
  const references: string[] = []
  for (let index = 0; index < count; index += 1) references.push(await applyFor(baseUrl, `Trainee${index}`, service, false, `198.51.100.${index + 10}`))
  return references
}

/** Moves a referral through the stages given, one step at a time, as the administrator over REST. */
export async function moveReferral(baseUrl: string, adminToken: string, reference: string, steps: Array<Record<string, string>>): Promise<void> {
  const { id } = await referralByReference(baseUrl, adminToken, reference)
  for (const data of steps) {
    const response = await fetch(`${baseUrl}/api/submissions/${id}?depth=0`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    })
    await ok(response, `move ${reference} to ${JSON.stringify(data)}`)
  }
}

type AuditEntry = { operation: string; userEmail: string; details?: Record<string, unknown> | null }

/** The staff-action entries of the audit log (exports, unsuppressed reports), newest first, as the administrator reads them. */
export async function staffActions(baseUrl: string, adminToken: string): Promise<AuditEntry[]> {
  const query = new URLSearchParams({ 'where[operation][in]': 'export,unsuppressed-report', sort: '-at', limit: '50', depth: '0' })
  const response = await fetch(`${baseUrl}/api/audit-log?${query}`, { headers: { Authorization: `JWT ${adminToken}` } })
  return ((await ok(response, 'audit log')) as { docs: AuditEntry[] }).docs
}

/** A figure's table, found by its section's heading. */
export const figure = (page: Page, heading: string) => page.getByRole('region', { name: heading }).locator('table')
/** The cells of one row of a table (its header cell first). */
export const rowCells = (table: ReturnType<typeof figure>, label: string) => table.locator('tr', { has: table.page().locator(`th:text-is("${label}")`) }).first().locator('th, td').allInnerTexts()

/** A GET from inside the page, as its own scripts would send it: with the login cookie and the browser's headers. */
export function fetchInPage(page: Page, url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ([address, extra]) => {
      const response = await fetch(address, { headers: extra })
      return { status: response.status, text: await response.text() }
    },
    [url, headers] as const,
  )
}

export async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()])
  return { name: file.suggestedFilename(), text: await readFile((await file.path()) as string, 'utf8') }
}

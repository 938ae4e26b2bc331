/** Staff set-up over Payload's REST API, as a new administrator of a production install would do it. */

export type Credentials = { email: string; password: string; name: string }

export const ADMIN: Credentials = { email: 'first.admin@psu.test', password: 'Admin-e2e-password-1', name: 'First Admin' }
export const EDITOR: Credentials = { email: 'content.editor@psu.test', password: 'Editor-e2e-password-1', name: 'Content Editor' }

async function send(url: string, init: RequestInit & { json?: unknown; token?: string }): Promise<unknown> {
  const headers = new Headers(init.headers)
  if (init.json !== undefined) headers.set('Content-Type', 'application/json')
  if (init.token) headers.set('Authorization', `JWT ${init.token}`)
  const response = await fetch(url, {
    ...init,
    headers,
    body: init.json === undefined ? init.body : JSON.stringify(init.json),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${response.status}: ${text.slice(0, 500)}`)
  return text ? (JSON.parse(text) as unknown) : null
}

/** Signs in over REST and returns the JWT. */
export async function login(baseUrl: string, { email, password }: Credentials): Promise<string> {
  const body = (await send(`${baseUrl}/api/users/login`, { method: 'POST', json: { email, password } })) as { token?: string }
  if (!body.token) throw new Error(`login for ${email} returned no token`)
  return body.token
}

/**
 * The first account on an empty database (it becomes the administrator), then an editor made
 * by that administrator. Returns the administrator's token for further set-up.
 */
export async function createStaff(baseUrl: string): Promise<{ adminToken: string }> {
  await send(`${baseUrl}/api/users/first-register`, { method: 'POST', json: ADMIN })
  const adminToken = await login(baseUrl, ADMIN)
  await send(`${baseUrl}/api/users`, { method: 'POST', token: adminToken, json: { ...EDITOR, roles: ['editor'] } })
  return { adminToken }
}

export type NewResource = {
  title: string
  slug: string
  type: string
  summary: string
  topics?: string[]
  audiences?: string[]
}

/** Creates and publishes one resource as staff. */
export async function publishResource(baseUrl: string, token: string, resource: NewResource): Promise<void> {
  await send(`${baseUrl}/api/resources`, { method: 'POST', token, json: { ...resource, _status: 'published' } })
}

export type NewService = { title: string; slug: string; summary: string; group: string }

/** Creates and publishes one service as staff. */
export async function publishService(baseUrl: string, token: string, service: NewService): Promise<void> {
  await send(`${baseUrl}/api/services`, { method: 'POST', token, json: { ...service, _status: 'published' } })
}

/** How many versions of a form have been published, and the newest version number (0 if none). */
export async function publishedFormVersions(baseUrl: string, token: string, slug: string): Promise<{ count: number; latest: number }> {
  const query = new URLSearchParams({ 'where[slug][equals]': slug, sort: '-version', limit: '1', depth: '0' })
  const body = (await send(`${baseUrl}/api/form-versions?${query}`, { token })) as { totalDocs: number; docs: { version: number }[] }
  return { count: body.totalDocs, latest: body.docs[0]?.version ?? 0 }
}

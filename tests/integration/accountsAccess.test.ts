import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { restClient } from '../helpers/rest'

// The login cookie must be Secure when the site is served over https (read once, at config import).
const previousServerUrl = process.env.SERVER_URL
process.env.SERVER_URL = 'https://psu.example.nhs.uk'
const { default: config } = await import('@payload-config')
const { startPayload } = await import('../helpers/payload')

const running = startPayload()
const api = restClient(config)
const PASSWORD = 'a-long-staff-password'
let payload: Payload
const tokens: Record<string, string> = {}

/** A fresh account of one role (seeded accounts stay untouched), signed in once. */
async function account(name: string, role: string) {
  const email = `${name}@accounts.test`
  const user = await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: [role] } as never })
  tokens[name] = (await api.login(email, PASSWORD)).token
  return { id: user.id, email }
}
const me = async (token: string) => (await api.request('GET', 'users/me', { token })).json.user
const lockOut = async (email: string) => {
  for (let attempt = 0; attempt < 5; attempt += 1) await api.login(email, 'a-wrong-password')
  expect((await api.login(email, PASSWORD)).status).toBe(401)
}

beforeAll(async () => {
  payload = await running
  for (const [name, role] of [['admin', 'admin'], ['editor', 'editor'], ['caseworker', 'caseworker'], ['manager', 'manager']]) {
    await account(name, role)
  }
})
afterAll(async () => {
  await (await running).destroy()
  process.env.SERVER_URL = previousServerUrl
})

describe('POST /api/users/unlock', () => {
  it.each(['editor', 'caseworker', 'manager', 'nobody signed in'])('refuses %s (403), and the account stays locked', async (who) => {
    const target = await account(`locked-for-${who.replace(/ /g, '-')}`, 'editor')
    await lockOut(target.email)
    for (const email of [target.email, 'admin@accounts.test', 'unknown@accounts.test']) {
      const response = await api.request('POST', 'users/unlock', { body: { email }, token: tokens[who] })
      expect(response.status).toBe(403)
    }
    expect((await api.login(target.email, PASSWORD)).status).toBe(401)
  })

  it('lets an admin unlock an account, with the same answer for an address that has none', async () => {
    const target = await account('locked-for-admin', 'caseworker')
    await lockOut(target.email)
    const known = await api.request('POST', 'users/unlock', { body: { email: target.email }, token: tokens.admin })
    const unknown = await api.request('POST', 'users/unlock', { body: { email: 'no-one@accounts.test' }, token: tokens.admin })
    expect(known).toMatchObject({ status: 200 })
    expect(unknown.status).toBe(known.status)
    expect(unknown.json).toEqual(known.json)
    expect((await api.login(target.email, PASSWORD)).status).toBe(200)
  })

  it.each([[{}], [{ email: 'not-an-address' }], [{ email: 42 }]])('answers 400 with a field message for %j', async (body) => {
    const response = await api.request('POST', 'users/unlock', { body, token: tokens.admin })
    expect(response).toMatchObject({ status: 400, json: { errors: [{ field: 'email', message: expect.any(String) }] } })
  })

  it('refuses the GraphQL unlock to non-admins too', async () => {
    const target = await account('locked-for-graphql', 'editor')
    await lockOut(target.email)
    const response = await api.graphql(`mutation { unlockUser(email: "${target.email}") }`, tokens.editor)
    expect(response.json.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/not allowed/i) })])
    expect((await api.login(target.email, PASSWORD)).status).toBe(401)
  })
})

describe('sessions', () => {
  it('sets a Secure, HttpOnly, SameSite=Lax login cookie over https, valid for 2 hours at most', async () => {
    const { cookie, token } = await api.login('editor@accounts.test', PASSWORD)
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { iat: number; exp: number }
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(2 * 60 * 60)
  })

  it('ends the other sessions when a user changes their own password; the current one goes on', async () => {
    const user = await account('changes-own', 'editor')
    const other = (await api.login(user.email, PASSWORD)).token
    expect(await me(other)).toMatchObject({ email: user.email })
    const changed = await api.request('PATCH', `users/${user.id}`, { body: { password: 'a-new-long-password' }, token: tokens['changes-own'] })
    expect(changed.status).toBe(200)
    expect(await me(tokens['changes-own'])).toMatchObject({ email: user.email })
    expect(await me(other)).toBeNull()
    expect((await api.request('GET', 'forms', { token: other })).status).toBe(403)
  })

  it('ends every session of an account when an admin changes its password', async () => {
    const user = await account('changed-by-admin', 'caseworker')
    const second = (await api.login(user.email, PASSWORD)).token
    const changed = await api.request('PATCH', `users/${user.id}`, { body: { password: 'set-by-the-admin' }, token: tokens.admin })
    expect(changed.status).toBe(200)
    expect(await me(tokens['changed-by-admin'])).toBeNull()
    expect(await me(second)).toBeNull()
    expect(await me(tokens.admin)).toMatchObject({ email: 'admin@accounts.test' })
    expect((await api.login(user.email, 'set-by-the-admin')).status).toBe(200)
  })

  it('ends the session on logout, leaving the account’s other sessions', async () => {
    const user = await account('logs-out', 'manager')
    const other = (await api.login(user.email, PASSWORD)).token
    expect((await api.request('POST', 'users/logout', { token: tokens['logs-out'] })).status).toBe(200)
    expect(await me(tokens['logs-out'])).toBeNull()
    expect(await me(other)).toMatchObject({ email: user.email })
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { collectionTable, globalTable } from './accessTable'
import { CALLERS, COLLECTION_OPERATIONS, GLOBAL_OPERATIONS, NA, slugOf, type Caller, type CollectionOperation, type GlobalOperation } from './cells'
import type { Id, World } from './world'

const { default: config } = await import('@payload-config')
const { startPayload } = await import('../../helpers/payload')
const { makeWorld, headersOf } = await import('./world')
const { callGraphql, callRest } = await import('../../helpers/apiRoutes')
const { endpointTable } = await import('./endpointTable')
const { contentTargets } = await import('./contentTargets')
const { caseTargets } = await import('./caseTargets')
const { globalTargets } = await import('./globalTargets')
const { restCollectionCell, restGlobalCell } = await import('./restCells')
const { graphqlCollectionCell, graphqlGlobalCell } = await import('./graphqlCells')

const targets = { ...contentTargets, ...caseTargets }
const running = startPayload()
let payload: Payload
let world: World
/** The document each target's read cells look for. */
const shared: Record<string, Record<Caller, Id>> = {}

beforeAll(async () => {
  payload = await running
  world = await makeWorld(payload)
  for (const target of Object.keys(collectionTable)) {
    const make = (at: World, caller: Caller) =>
      targets[target].make(at, caller).catch((error: Error) => Promise.reject(new Error(`making ${target}: ${error.message}`)))
    const ids = {} as Record<Caller, Id>
    // A target about the caller (their own account) has one document per caller.
    const first = target.endsWith('(self)') ? undefined : await make(world, 'admin')
    for (const caller of CALLERS) if (!(target.endsWith('(self)') && caller === 'anonymous')) ids[caller] = first ?? (await make(world, caller))
    shared[target] = ids
  }
})
afterAll(async () => (await running).destroy())

describe('the table covers every collection and global the app has', () => {
  it('has rows for each collection and nothing else', async () => {
    const slugs = (await config).collections.map((collection) => collection.slug).sort()
    expect([...new Set(Object.keys(collectionTable).map(slugOf))].sort()).toEqual(slugs)
  })
  it('has rows for each global and nothing else', async () => {
    expect(Object.keys(globalTable).sort()).toEqual((await config).globals.map((global) => global.slug).sort())
  })
  it('knows how to make a document of each target', () => {
    expect(Object.keys(collectionTable).filter((target) => !targets[target])).toEqual([])
    expect(Object.keys(globalTable).filter((slug) => !globalTargets[slug])).toEqual([])
  })
})

const collectionCells = Object.entries(collectionTable).flatMap(([target, rows]) =>
  COLLECTION_OPERATIONS.filter((op) => rows[op]).map((op) => [target, op] as [string, CollectionOperation]),
)
const globalCells = Object.keys(globalTable).flatMap((slug) => GLOBAL_OPERATIONS.map((op) => [slug, op] as [string, GlobalOperation]))

/** The row as the API answers it, caller by caller ("n/a" where the table says so). */
async function rowOf(expected: readonly string[], cell: (caller: Caller) => Promise<string>): Promise<Record<string, string>> {
  const row: Record<string, string> = {}
  for (const [index, caller] of CALLERS.entries()) row[caller] = expected[index] === NA ? NA : await cell(caller)
  return row
}
const named = (row: readonly string[]) => Object.fromEntries(CALLERS.map((caller, index) => [caller, row[index]]))

describe.each(['REST', 'GraphQL'] as const)('%s', (api) => {
  it.each(collectionCells)('%s: %s', async (target, op) => {
    const rows = collectionTable[target]
    if (api === 'GraphQL' && (rows.graphql === false || (op === 'create' && rows.graphqlCreate === false))) return
    const expected = (api === 'GraphQL' ? rows.graphqlRows?.[op] : undefined) ?? rows[op] ?? []
    const slug = slugOf(target)
    const run = api === 'REST' ? restCollectionCell : graphqlCollectionCell
    const actual = await rowOf(expected, (caller) => run(world, slug, op, caller, targets[target], shared[target][caller]))
    expect(actual).toEqual(named(expected))
  })

  it.each(globalCells)('global %s: %s', async (slug, op) => {
    const expected = globalTable[slug][op]
    const run = api === 'REST' ? restGlobalCell : graphqlGlobalCell
    expect(await rowOf(expected, (caller) => run(world, slug, op, caller, globalTargets[slug]))).toEqual(named(expected))
  })
})

describe('editing locks written through the API', () => {
  const userOf = async (id: Id) => {
    const lock = await payload.findByID({ collection: 'payload-locked-documents', id, depth: 0 })
    return lock.user.value
  }
  it('are always in the writer’s own name, whoever the request names', async () => {
    const body = JSON.stringify({ globalSlug: 'contact-routing', user: { relationTo: 'users', value: world.accounts.admin.id } })
    const made = await callRest({ method: 'POST', path: 'payload-locked-documents', headers: headersOf(world, 'caseworker'), body })
    const id = (JSON.parse(made.text) as { doc: { id: Id } }).doc.id
    expect(await userOf(id)).toBe(world.accounts.caseworker.id)
    // Taking a lock over (as the admin does) writes the taker in, never someone else.
    const taken = await callRest({ method: 'PATCH', path: `payload-locked-documents/${id}`, headers: headersOf(world, 'editor'), body })
    expect(taken.status).toBe(200)
    expect(await userOf(id)).toBe(world.accounts.editor.id)
  })
})

describe('their own account', () => {
  it.each(['editor', 'caseworker', 'manager'] as const)('a %s cannot give themselves roles or services (REST and GraphQL)', async (caller) => {
    const { id } = world.accounts[caller]
    const before = await payload.findByID({ collection: 'users', id, depth: 0 })
    const every = (await payload.find({ collection: 'services', depth: 0, limit: 100 })).docs.map((service) => service.id)
    const grab = { roles: ['admin'], services: every }
    await callRest({ method: 'PATCH', path: `users/${id}`, headers: headersOf(world, caller), body: JSON.stringify(grab) })
    await callGraphql(`mutation { updateUser(id: ${id}, data: { roles: admin, services: [${every.join(', ')}] }) { id } }`, headersOf(world, caller))
    const after = await payload.findByID({ collection: 'users', id, depth: 0 })
    expect({ roles: after.roles, services: after.services }).toEqual({ roles: before.roles, services: before.services })
  })
})

describe('custom endpoints', () => {
  it.each(endpointTable)('$name', async ({ method, path, row, before }) => {
    await before?.(world)
    const actual = await rowOf(row, async (caller) => String((await callRest({ method, path: path(world), headers: headersOf(world, caller) })).status))
    expect(actual).toEqual(named(row))
  })
})

import type { CollectionSlug, GlobalSlug } from 'payload'

import { callGraphql } from '../../helpers/apiRoutes'
import { BAD_REQUEST, DENIED, NONE, NOT_FOUND, OK, type Caller, type CollectionOperation, type GlobalOperation } from './cells'
import type { CollectionTarget } from './contentTargets'
import type { GlobalTarget } from './globalTargets'
import { headersOf, type Id, type World } from './world'

type Json = Record<string, unknown>
type GraphqlAnswer = { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { statusCode?: number } }> }

/** The field's value, or what its error reads as in the table (403, 404, or the message itself). */
async function ask(world: World, caller: Caller, field: string, query: string, variables?: Json): Promise<{ value?: unknown; outcome?: string }> {
  const answer = await callGraphql(query, headersOf(world, caller), variables)
  const body = JSON.parse(answer.text) as GraphqlAnswer
  const error = body.errors?.[0]
  const value = body.data?.[field]
  if (!error && value !== null && value !== undefined) return { value }
  if (value !== null && value !== undefined) return { outcome: `data with an error: ${error?.message}` }
  if (error?.extensions?.statusCode === 403) return { outcome: DENIED }
  if (error?.extensions?.statusCode === 404) return { outcome: NOT_FOUND }
  if (error?.extensions?.statusCode === 400) return { outcome: BAD_REQUEST }
  return { outcome: `${answer.status} ${answer.text.slice(0, 400)}` }
}

const agreed = (outcome: string, stored: boolean): string => {
  if (outcome === OK && !stored) return 'answered ok, but nothing was stored'
  if (outcome !== OK && stored) return `${outcome}, but the change was stored`
  return outcome
}
const storedDoc = (world: World, slug: string, id: Id) =>
  world.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, disableErrors: true }) as Promise<Json | null>

/** One cell of a collection row, through GraphQL. */
export async function graphqlCollectionCell(
  world: World, slug: string, op: CollectionOperation, caller: Caller, target: CollectionTarget, shared: Id,
): Promise<string> {
  const [one, many] = target.gql
  if (op === 'create') {
    const field = `create${one}`
    const query = `mutation ($data: mutation${one}Input!) { ${field}(data: $data) { id } }`
    const { outcome } = await ask(world, caller, field, query, { data: target.create(world, caller) })
    return outcome ?? OK
  }
  if (op === 'find') {
    const { value, outcome } = await ask(world, caller, many, `{ ${many}(where: { id: { equals: ${shared} } }) { docs { id } } }`)
    if (outcome) return outcome
    return ((value as { docs: Json[] }).docs).some((doc) => String(doc.id) === String(shared)) ? OK : NONE
  }
  if (op === 'versions') {
    const { value, outcome } = await ask(world, caller, `versions${many}`, `{ versions${many}(where: { parent: { equals: ${shared} } }) { docs { id } } }`)
    return outcome ?? ((value as { docs: Json[] }).docs.length > 0 ? OK : NONE)
  }
  if (op === 'findByID') return (await ask(world, caller, one, `{ ${one}(id: ${shared}) { id } }`)).outcome ?? OK
  const id = await target.make(world, caller)
  if (op === 'update') {
    const field = `update${one}`
    const query = `mutation ($data: mutation${one}UpdateInput!) { ${field}(id: ${id}, data: $data) { id } }`
    const n = world.next()
    const outcome = (await ask(world, caller, field, query, { data: { ...target.graphqlUpdate, ...target.update(n) } })).outcome ?? OK
    const doc = await storedDoc(world, slug, id)
    return agreed(outcome, Boolean(doc && target.applied(doc, n)))
  }
  const field = `delete${one}`
  const outcome = (await ask(world, caller, field, `mutation { ${field}(id: ${id}) { id } }`)).outcome ?? OK
  return agreed(outcome, !(await storedDoc(world, slug, id)))
}

/** One cell of a global row, through GraphQL. */
export async function graphqlGlobalCell(world: World, slug: string, op: GlobalOperation, caller: Caller, target: GlobalTarget): Promise<string> {
  if (op === 'read') return (await ask(world, caller, target.gql, `{ ${target.gql} { updatedAt } }`)).outcome ?? OK
  const field = `update${target.gql}`
  const query = `mutation ($data: mutation${target.gql}Input!) { ${field}(data: $data) { updatedAt } }`
  const n = world.next()
  // GraphQL's input requires the global's required fields: send the stored ones with the change.
  const current = (await world.payload.findGlobal({ slug: slug as GlobalSlug, depth: 0 })) as unknown as Json
  const { id: _id, createdAt: _created, updatedAt: _updated, globalType: _type, ...fields } = current
  const outcome = (await ask(world, caller, field, query, { data: { ...(withoutRowIds(fields) as Json), ...target.update(n) } })).outcome ?? OK
  const doc = (await world.payload.findGlobal({ slug: slug as GlobalSlug, depth: 0 })) as unknown as Json
  return agreed(outcome, target.applied(doc, n))
}

/** A stored value without the ids of its array rows and without nulls (GraphQL inputs take neither). */
function withoutRowIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutRowIds)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(Object.entries(value).filter(([key, item]) => key !== 'id' && item !== null).map(([key, item]) => [key, withoutRowIds(item)]))
}

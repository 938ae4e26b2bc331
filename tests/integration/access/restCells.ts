import type { CollectionSlug, GlobalSlug } from 'payload'

import { callRest, type ApiAnswer } from '../../helpers/apiRoutes'
import { BAD_REQUEST, DENIED, NONE, NOT_FOUND, OK, UNAUTHORIZED, type Caller, type CollectionOperation, type GlobalOperation } from './cells'
import { pdfFile, type CollectionTarget } from './contentTargets'
import type { GlobalTarget } from './globalTargets'
import { headersOf, type Id, type World } from './world'

type Json = Record<string, unknown>
const parse = (answer: ApiAnswer): Json => (answer.text ? (JSON.parse(answer.text) as Json) : {})

/**
 * What a refusal or an unexpected answer reads as in the table; a refusal that still carries a
 * document, or a 5xx, reads as itself so the cell cannot match.
 */
function refusal(answer: ApiAnswer, json: Json): string {
  const leaked = 'doc' in json || 'docs' in json || 'id' in json
  if (answer.status === 403 && !leaked) return DENIED
  if (answer.status === 404 && !leaked) return NOT_FOUND
  if (answer.status === 401 && !leaked) return UNAUTHORIZED
  if (answer.status === 400 && !leaked) return BAD_REQUEST
  return `${answer.status} ${answer.text.slice(0, 400)}`
}

const storedDoc = (world: World, slug: string, id: Id) =>
  world.payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, disableErrors: true }) as Promise<Json | null>

/** Checks the database agrees with the answer: a change is stored exactly when it was allowed. */
function agreed(outcome: string, stored: boolean): string {
  if (outcome === OK && !stored) return 'answered ok, but nothing was stored'
  if (outcome !== OK && stored) return `${outcome}, but the change was stored`
  return outcome
}

/** One cell of a collection row, through REST. */
export async function restCollectionCell(
  world: World, slug: string, op: CollectionOperation, caller: Caller, target: CollectionTarget, shared: Id,
): Promise<string> {
  const headers = headersOf(world, caller)
  if (op === 'create') {
    const data = target.create(world, caller)
    let body: string | FormData = JSON.stringify(data)
    if (target.upload) {
      body = new FormData()
      body.append('file', new Blob([new Uint8Array(pdfFile())], { type: 'application/pdf' }), `access-${world.next()}.pdf`)
      body.append('_payload', JSON.stringify(data))
    }
    const answer = await callRest({ method: 'POST', path: `${slug}?depth=0`, headers, body })
    const json = parse(answer)
    return answer.status === 201 && (json.doc as Json | undefined)?.id !== undefined ? OK : refusal(answer, json)
  }
  if (op === 'find') {
    const answer = await callRest({ method: 'GET', path: `${slug}?depth=0&where[id][equals]=${shared}`, headers })
    const json = parse(answer)
    if (answer.status !== 200) return refusal(answer, json)
    return (json.docs as Json[]).some((doc) => String(doc.id) === String(shared)) ? OK : NONE
  }
  if (op === 'versions') {
    const answer = await callRest({ method: 'GET', path: `${slug}/versions?depth=0&where[parent][equals]=${shared}`, headers })
    const json = parse(answer)
    if (answer.status !== 200) return refusal(answer, json)
    return (json.docs as Json[]).length > 0 ? OK : NONE
  }
  const pathOf = async (id: Id) => (target.restPath ? target.restPath(world, id) : String(id))
  if (op === 'findByID') {
    const answer = await callRest({ method: 'GET', path: `${slug}/${await pathOf(shared)}?depth=0`, headers })
    const json = parse(answer)
    if (answer.status === 200) return String(json.id) === String(shared) ? OK : json.id === undefined && !json.value ? NONE : `200 ${answer.text}`
    return refusal(answer, json)
  }
  const id = await target.make(world, caller)
  if (op === 'update') {
    const n = world.next()
    const answer = await callRest({ method: 'PATCH', path: `${slug}/${id}?depth=0`, headers, body: JSON.stringify(target.update(n)) })
    const json = parse(answer)
    const outcome = answer.status === 200 && json.doc ? OK : refusal(answer, json)
    const doc = await storedDoc(world, slug, id)
    return agreed(outcome, Boolean(doc && target.applied(doc, n)))
  }
  const answer = await callRest({ method: 'DELETE', path: `${slug}/${await pathOf(id)}`, headers })
  const json = parse(answer)
  const outcome = answer.status === 200 && json.doc ? OK : refusal(answer, json)
  return agreed(outcome, !(await storedDoc(world, slug, id)))
}

/** One cell of a global row, through REST. */
export async function restGlobalCell(world: World, slug: string, op: GlobalOperation, caller: Caller, target: GlobalTarget): Promise<string> {
  const headers = headersOf(world, caller)
  if (op === 'read') {
    const answer = await callRest({ method: 'GET', path: `globals/${slug}?depth=0`, headers })
    const json = parse(answer)
    return answer.status === 200 && !('errors' in json) ? OK : refusal(answer, json)
  }
  const n = world.next()
  const answer = await callRest({ method: 'POST', path: `globals/${slug}?depth=0`, headers, body: JSON.stringify(target.update(n)) })
  const json = parse(answer)
  const outcome = answer.status === 200 && json.result ? OK : refusal(answer, json)
  const doc = (await world.payload.findGlobal({ slug: slug as GlobalSlug, depth: 0 })) as unknown as Json
  return agreed(outcome, target.applied(doc, n))
}

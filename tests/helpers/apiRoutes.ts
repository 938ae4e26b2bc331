import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { guardGraphql } from '@/http/guardGraphql'
import { guardRest } from '@/http/guardRest'

/** Payload's real REST and GraphQL route handlers, as `app/(payload)/api` mounts them. */
const rest = {
  GET: guardRest(config, REST_GET(config)),
  POST: guardRest(config, REST_POST(config)),
  PATCH: guardRest(config, REST_PATCH(config)),
  DELETE: guardRest(config, REST_DELETE(config)),
}
const graphql = guardGraphql(GRAPHQL_POST(config))

export type ApiAnswer = { status: number; bytes: number; ms: number; text: string }

export type ApiRequest = {
  method: keyof typeof rest
  /** The path after `/api/`, query string included, e.g. `services?depth=1`. */
  path: string
  headers?: Record<string, string>
  /** JSON text, or a multipart form (an upload). */
  body?: string | FormData
}

const answer = async (response: Response, started: number): Promise<ApiAnswer> => {
  const text = await response.text()
  return { status: response.status, bytes: Buffer.byteLength(text), ms: Date.now() - started, text }
}

/** Sends one request through the REST route handler, as Next would route `/api/…`. */
export async function callRest({ method, path, headers = {}, body }: ApiRequest): Promise<ApiAnswer> {
  const started = Date.now()
  const url = new URL(`/api/${path}`, 'http://localhost:3000')
  const slug = url.pathname.split('/').slice(2).map(decodeURIComponent)
  const json = typeof body === 'string'
  const init: RequestInit = { method, headers: json ? { 'content-type': 'application/json', ...headers } : headers }
  if (body !== undefined) init.body = body
  const response = await rest[method](new Request(url, init), { params: Promise.resolve({ slug }) })
  return answer(response, started)
}

/** Sends one GraphQL document (with optional variables) through the GraphQL route handler. */
export async function callGraphql(query: string, headers: Record<string, string> = {}, variables?: unknown): Promise<ApiAnswer> {
  const started = Date.now()
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return answer(await graphql(request), started)
}

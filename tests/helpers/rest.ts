import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RestResponse = { status: number; headers: Headers; json: Record<string, unknown> }

export type RestOptions = { body?: unknown; token?: string; headers?: Record<string, string> }

/**
 * Requests through Payload's real REST and GraphQL route handlers (as the app's `/api` routes
 * mount them), with JSON in and out. `token` signs in the way API clients do (`Authorization: JWT`).
 */
export function restClient(config: Promise<SanitizedConfig> | SanitizedConfig) {
  const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) }
  const graphql = GRAPHQL_POST(config)

  const build = (path: string, method: string, { body, token, headers = {} }: RestOptions) =>
    new Request(`http://localhost/api/${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `JWT ${token}` } : {}),
        ...headers,
      },
    })

  const read = async (response: Response): Promise<RestResponse> => {
    const text = await response.text()
    return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} }
  }

  return {
    async request(method: Method, path: string, options: RestOptions = {}): Promise<RestResponse> {
      const slug = new URL(`http://localhost/api/${path}`).pathname.split('/').filter(Boolean).slice(1)
      return read(await handlers[method](build(path, method, options), { params: Promise.resolve({ slug }) }))
    },
    async graphql(query: string, token?: string): Promise<RestResponse> {
      return read(await graphql(build('graphql', 'POST', { body: { query }, token })))
    },
    /** Logs in and returns the session's token and the login cookie as sent. */
    async login(email: string, password: string): Promise<{ token: string; cookie: string; status: number }> {
      const response = await this.request('POST', 'users/login', { body: { email, password } })
      return { token: String(response.json.token ?? ''), cookie: response.headers.get('set-cookie') ?? '', status: response.status }
    },
  }
}

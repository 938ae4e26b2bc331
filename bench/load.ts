import autocannon from 'autocannon'

export type LoadTarget = {
  name: string
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  /** A fresh body and headers per request (e.g. a new client address); omitted for GET. */
  prepare?: () => { body?: string; headers?: Record<string, string> }
}

export type LoadResult = { name: string; requestsPerSecond: number; non2xx: number; errors: number }

const CONNECTIONS = 10
const SECONDS = 4
const ROUNDS = 3

async function once(target: LoadTarget): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: target.prepare
      ? [
          {
            setupRequest: (request) => {
              const fresh = target.prepare?.() ?? {}
              return { ...request, body: fresh.body, headers: { ...request.headers, ...fresh.headers } }
            },
          },
        ]
      : undefined,
  })
  return { name: target.name, requestsPerSecond: result.requests.average, non2xx: result.non2xx, errors: result.errors }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * Measures the targets in interleaved rounds (A, B, C, A, B, C …) and keeps each one's median,
 * so a noisy moment on a shared machine hits every target alike instead of one.
 */
export async function compareThroughput(targets: LoadTarget[]): Promise<Map<string, LoadResult>> {
  const runs = new Map<string, LoadResult[]>(targets.map((target) => [target.name, []]))
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const target of targets) runs.get(target.name)?.push(await once(target))
  }
  return new Map(
    [...runs].map(([name, results]) => {
      const rps = median(results.map((result) => result.requestsPerSecond))
      const non2xx = results.reduce((sum, result) => sum + result.non2xx, 0)
      const errors = results.reduce((sum, result) => sum + result.errors, 0)
      return [name, { name, requestsPerSecond: rps, non2xx, errors }]
    }),
  )
}

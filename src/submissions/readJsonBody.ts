/** The largest referral body accepted: far above any real form, small enough to parse safely. */
export const MAX_BODY_BYTES = 100 * 1024

/** The parts of a request the reader needs (a fetch `Request` or Payload's request). */
export type BodySource = { headers: Headers; body?: ReadableStream<Uint8Array> | null }

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string }

const tooLarge: JsonBody = { ok: false, status: 413, message: `Send at most ${MAX_BODY_BYTES / 1024} KB` }

/** Reads the body as it streams in, giving up as soon as it passes the limit. */
export async function readCapped(request: BodySource): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * A request's JSON body, or why it cannot be read: 415 unless the content type is JSON, 413
 * over 100 KB (declared or actual), 400 for bytes that are not UTF-8 JSON.
 */
export async function readJsonBody(request: BodySource): Promise<JsonBody> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type !== 'application/json' && !/^application\/[\w.-]+\+json$/.test(type)) {
    return { ok: false, status: 415, message: 'Send the answers as JSON, with Content-Type: application/json' }
  }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return tooLarge
  let bytes: Uint8Array | undefined
  try {
    bytes = await readCapped(request)
  } catch {
    return { ok: false, status: 400, message: 'The request body could not be read' }
  }
  if (!bytes) return tooLarge
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, status: 400, message: 'The body is not valid JSON' }
  }
}

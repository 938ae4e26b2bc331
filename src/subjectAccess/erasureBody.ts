import { readCapped, readJsonBody, type BodySource } from '@/submissions/readJsonBody'

export type ErasureBody = { ok: true; form: boolean; value: { email?: unknown; confirmEmail?: unknown } } | { ok: false; status: 400 | 413 | 415; message: string }

const record = (value: unknown): { email?: unknown; confirmEmail?: unknown } =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as { email?: unknown; confirmEmail?: unknown }) : {}

/**
 * An erasure request's body: JSON from an API client, or a urlencoded form post from the
 * admin's view (which works without JavaScript). `form` says which, so the endpoint can answer
 * a browser with a page to go back to.
 */
export async function readErasureBody(request: BodySource): Promise<ErasureBody> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type !== 'application/x-www-form-urlencoded') {
    const json = await readJsonBody(request)
    return json.ok ? { ok: true, form: false, value: record(json.value) } : json
  }
  const bytes = await readCapped(request).catch(() => undefined)
  if (!bytes) return { ok: false, status: 413, message: 'The form sent is too large' }
  const fields = new URLSearchParams(new TextDecoder().decode(bytes))
  return { ok: true, form: true, value: { email: fields.get('email') ?? undefined, confirmEmail: fields.get('confirmEmail') ?? undefined } }
}

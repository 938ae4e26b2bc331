import type { Endpoint, PayloadRequest } from 'payload'

import { clientAddress, limitSubmission } from '@/rateLimit'
import { submitReferral } from '@/submissions/submit'
import { readJsonBody } from '@/submissions/readJsonBody'

const problem = (status: number, message: string, field = '', headers?: HeadersInit) =>
  Response.json({ errors: [{ field, message }] }, { status, headers })

const tooMany = (retryAfterSeconds: number) =>
  problem(429, 'Too many referrals from this address: wait a few minutes and try again', '', { 'Retry-After': String(retryAfterSeconds) })

async function handler(req: PayloadRequest): Promise<Response> {
  // Every post counts, before anything else is read: malformed, unknown form, honeypot alike.
  const decision = await limitSubmission(req.payload, clientAddress(req.headers))
  if (!decision.allowed) return tooMany(decision.retryAfterSeconds)
  const slug = String(req.routeParams?.slug ?? '')
  const read = await readJsonBody(req)
  if (!read.ok) return problem(read.status, read.message)
  const result = await submitReferral(req.payload, {
    slug,
    body: read.value,
    idempotencyKey: req.headers.get('idempotency-key') ?? undefined,
    req,
  })
  switch (result.status) {
    case 201:
      return Response.json({ reference: result.reference }, { status: 201 })
    case 422:
      return Response.json({ errors: result.errors }, { status: 422 })
    case 404:
      return problem(404, 'There is no published form at this address')
    case 429:
      return tooMany(result.retryAfterSeconds)
  }
}

/** `POST /api/forms/{slug}/submissions`: the public referral API (JSON in, JSON out). */
export const submitReferralEndpoint: Endpoint = { path: '/:slug/submissions', method: 'post', handler }

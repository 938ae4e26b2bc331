import { type Endpoint, type PayloadRequest, headersWithCors } from 'payload'
import { z } from 'zod'

import { isAdminUser } from '@/access'
import { readJsonBody } from '@/submissions/readJsonBody'

const unlockBody = z.object({
  email: z.string({ message: 'Enter the email address of the account to unlock' }).trim().toLowerCase().email({
    message: 'Enter an email address in the correct format, like name@example.nhs.uk',
  }),
})

const answer = (req: PayloadRequest, status: number, body: object) =>
  Response.json(body, { status, headers: headersWithCors({ headers: new Headers(), req }) })

/**
 * `POST /api/users/unlock`, in place of Payload's: only administrators unlock accounts, and an
 * unknown address gets the same answer as a known one, so the endpoint cannot tell who has an
 * account. Payload's own unlock (reset failed attempts) does the work.
 */
async function handler(req: PayloadRequest): Promise<Response> {
  if (!isAdminUser(req.user)) {
    return answer(req, 403, { errors: [{ message: 'Only administrators can unlock accounts.' }] })
  }
  const read = await readJsonBody(req)
  if (!read.ok) return answer(req, read.status, { errors: [{ field: '', message: read.message }] })
  const body = unlockBody.safeParse(read.value)
  if (!body.success) {
    return answer(req, 400, { errors: body.error.issues.map((issue) => ({ field: 'email', message: issue.message })) })
  }
  const { email } = body.data
  const known = await req.payload.count({ collection: 'users', where: { email: { equals: email } }, req, overrideAccess: true })
  // Payload's type asks for a password here, which unlocking neither needs nor reads.
  if (known.totalDocs > 0) await req.payload.unlock({ collection: 'users', data: { email } as { email: string; password: string }, req, overrideAccess: true })
  return answer(req, 200, { message: req.t('general:success') })
}

export const unlockEndpoint: Endpoint = { path: '/unlock', method: 'post', handler }

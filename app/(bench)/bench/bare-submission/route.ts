import config from '@payload-config'
import { getPayload } from 'payload'

import { env } from '@/config/env'
import { loadPublishedForm } from '@/submissions/publishedForm'
import { generateReference } from '@/submissions/reference'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Benchmark baseline: stores the same referral document as the real endpoint with one
 * `payload.create` and nothing else (no validation, rules, rate limit or email).
 */
export async function POST(request: Request): Promise<Response> {
  if (!env().benchRoutes) return new Response('Not found', { status: 404 })
  const payload = await getPayload({ config })
  const form = await loadPublishedForm(payload, 'psu-application')
  if (!form) return new Response('No published form', { status: 404 })
  const { answers } = (await request.json()) as { answers: Record<string, unknown> }
  const now = new Date()
  const doc = await payload.create({
    collection: 'submissions',
    depth: 0,
    data: {
      reference: generateReference(),
      answers,
      form: form.formId as number,
      formVersion: form.versionId as number,
      formSlug: form.slug,
      priority: 'normal',
      status: 'new',
      submittedAt: now.toISOString(),
      retainUntil: new Date(now.getTime() + form.retentionDays * DAY_MS).toISOString(),
    },
  })
  return Response.json({ reference: doc.reference }, { status: 201 })
}

import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import type { FormDefinition } from '@/forms/types'

const emailTemplate = z.object({ subject: z.string(), body: z.string() })

/** The messages frozen with a published version; placeholders are filled at send time. */
export const formMessagesSchema = z.object({
  intro: z.string().default(''),
  confirmation: z.string(),
  traineeEmail: emailTemplate,
  serviceEmail: emailTemplate,
  urgentEmail: emailTemplate,
})

export type FormMessages = z.infer<typeof formMessagesSchema>

/** A published form as trainees meet it: an immutable snapshot from `form-versions`. */
export type PublishedForm = {
  versionId: string | number
  formId: string | number
  slug: string
  version: number
  definition: FormDefinition
  messages: FormMessages
  retentionDays: number
}

const SLUG = /^[a-z0-9-]{1,80}$/

/**
 * The newest published version of the form with this slug, or null when there is none (an
 * unknown, unpublished or malformed slug). Drafts never reach trainees.
 */
export async function loadPublishedForm(payload: Payload, slug: string, req?: Partial<PayloadRequest>): Promise<PublishedForm | null> {
  if (!SLUG.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'form-versions',
    where: { slug: { equals: slug } },
    sort: '-version',
    limit: 1,
    depth: 0,
    req,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    versionId: doc.id,
    formId: typeof doc.form === 'object' ? doc.form.id : doc.form,
    slug: doc.slug,
    version: doc.version,
    definition: doc.definition as unknown as FormDefinition,
    messages: formMessagesSchema.parse(doc.messages),
    retentionDays: doc.retentionDays,
  }
}

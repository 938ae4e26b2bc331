import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { DEFAULT_URGENT_CONTACT_WORKING_DAYS } from '@/email/firstContact'
import type { FormDefinition } from '@/forms/types'

const emailTemplate = z.object({ subject: z.string(), body: z.string() })

/** The messages frozen with a published version; placeholders are filled at send time. */
export const formMessagesSchema = z.object({
  intro: z.string().default(''),
  confirmation: z.string(),
  traineeEmail: emailTemplate,
  serviceEmail: emailTemplate,
  urgentEmail: emailTemplate,
  // Snapshots published before the setting existed read as the setting's default.
  urgentContactWorkingDays: z.number().int().min(1).default(DEFAULT_URGENT_CONTACT_WORKING_DAYS),
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

/** Published versions never change, so each is read and parsed once per process (and frozen). */
const versionsByKey = new Map<string, PublishedForm>()
const MAX_CACHED_VERSIONS = 200

/**
 * The newest published version of the form with this slug, or null when there is none (an
 * unknown, unpublished or malformed slug). Drafts never reach trainees. Which version is
 * newest is asked of the database every time, so a publish is live at once everywhere.
 */
export async function loadPublishedForm(payload: Payload, slug: string, req?: Partial<PayloadRequest>): Promise<PublishedForm | null> {
  if (!SLUG.test(slug)) return null
  const { docs } = await payload.find({
    collection: 'form-versions',
    where: { slug: { equals: slug } },
    sort: '-version',
    limit: 1,
    depth: 0,
    pagination: false,
    select: { version: true },
    req,
  })
  const newest = docs[0]
  if (!newest) return null
  // The slug and number as well as the id, so a database rebuilt under a running process cannot mix forms up.
  const key = `${slug}:${newest.version}:${newest.id}`
  const cached = versionsByKey.get(key)
  if (cached) return cached
  const doc = await payload.findByID({ collection: 'form-versions', id: newest.id, depth: 0, req })
  const form: PublishedForm = {
    versionId: doc.id,
    formId: typeof doc.form === 'object' ? doc.form.id : doc.form,
    slug: doc.slug,
    version: doc.version,
    definition: doc.definition as unknown as FormDefinition,
    messages: formMessagesSchema.parse(doc.messages),
    retentionDays: doc.retentionDays,
  }
  if (versionsByKey.size >= MAX_CACHED_VERSIONS) versionsByKey.clear()
  versionsByKey.set(key, deepFreeze(form))
  return form
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

import type { Payload } from 'payload'

import { applicationFormFor, seedFormContent, toFormDocument } from './content/forms'
import { ensureDoc, SEED_CONTEXT } from './ensure'

/**
 * Seeds the PSU application and dyslexia assessment forms, published (so the publish checks
 * run and version 1 is frozen), then points each service at the form it applies through.
 * A service whose form an editor has already chosen keeps it.
 */
export async function seedForms(payload: Payload, serviceIds: Readonly<Record<string, string | number>>): Promise<void> {
  const formIds: Record<string, string | number> = {}
  for (const form of seedFormContent) {
    formIds[form.slug] = await ensureDoc(payload, 'forms', { slug: { equals: form.slug } }, async () =>
      toFormDocument(form, serviceIds),
    )
  }
  const ids = Object.values(serviceIds)
  const { docs } = await payload.find({ collection: 'services', where: { id: { in: ids } }, depth: 0, draft: true, pagination: false })
  for (const service of docs) {
    if (service.applicationForm) continue
    // An editor's unpublished draft stays a draft; only the link is added to it.
    const draft = service._status === 'draft'
    await payload.update({
      collection: 'services',
      id: service.id,
      data: { applicationForm: formIds[applicationFormFor(service.slug)], _status: draft ? 'draft' : 'published' } as never,
      depth: 0,
      draft,
      context: SEED_CONTEXT,
    })
  }
}

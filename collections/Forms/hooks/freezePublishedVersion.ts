import type { CollectionAfterChangeHook } from 'payload'

import { toFormDefinition } from '../toFormDefinition'

/**
 * Each publish writes an immutable snapshot: the engine definition plus the messages. The
 * public form and every submission use a snapshot, so later edits never change what a
 * trainee answered. Written with `req`, in the same transaction as the publish.
 */
export const freezePublishedVersion: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc._status !== 'published' || doc.version === previousDoc?.version) return doc
  const serviceIds = [doc.routing?.defaultService, ...(doc.routing?.rules ?? []).map((rule: { service?: unknown }) => rule.service)]
    .map((value) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value))
    .filter((id) => id !== undefined && id !== null)
  const services = serviceIds.length
    ? await req.payload.find({ collection: 'services', where: { id: { in: serviceIds } }, depth: 0, limit: 100, req, draft: false })
    : { docs: [] }
  const byId = new Map(services.docs.map((service) => [String(service.id), service]))
  const populate = (value: unknown) => byId.get(String(value && typeof value === 'object' ? (value as { id: unknown }).id : value))
  const routing = {
    rules: (doc.routing?.rules ?? []).map((rule: { service?: unknown }) => ({ ...rule, service: populate(rule.service) })),
    defaultService: populate(doc.routing?.defaultService),
  }
  await req.payload.create({
    collection: 'form-versions',
    req,
    data: {
      form: doc.id,
      slug: doc.slug,
      version: doc.version,
      definition: toFormDefinition({ ...doc, routing }) as unknown as Record<string, unknown>,
      messages: {
        intro: doc.intro ?? '',
        confirmation: doc.confirmation,
        traineeEmail: doc.traineeEmail,
        serviceEmail: doc.serviceEmail,
        urgentEmail: doc.urgentEmail,
        urgentContactWorkingDays: doc.urgentContactWorkingDays ?? undefined,
      },
      retentionDays: doc.retentionDays,
    },
  })
  return doc
}

import type { Payload } from 'payload'

import { defaultEligibilityRules } from '@/eligibility/defaultRules'
import { ensureDoc, SEED_CONTEXT } from './ensure'
import { placeholderPdf } from './placeholderPdf'
import { seedForms } from './seedForms'
import { seedPolicies } from './content/policies'
import { RESOURCES_SERVICE_SLUG, seedResources } from './content/resources'
import { seedServices } from './content/services'
import { seedContactRouting, seedSiteSettings } from './content/siteSettings'
import { seedSupportLines } from './content/supportLines'

const published = { _status: 'published' }

/** Loads every item of the PSU page into an empty database; finds and skips what exists. */
export async function seedContent(payload: Payload): Promise<void> {
  const serviceIds: Record<string, string | number> = {}
  for (const service of seedServices) {
    serviceIds[service.slug] = await ensureDoc(payload, 'services', { slug: { equals: service.slug } }, { ...service, ...published })
  }
  await seedForms(payload, serviceIds)
  for (const resource of seedResources) {
    const data = { ...resource, services: [serviceIds[RESOURCES_SERVICE_SLUG]], ...published }
    await ensureDoc(payload, 'resources', { slug: { equals: resource.slug } }, data)
  }
  for (const policy of seedPolicies) {
    await ensureDoc(payload, 'policies', { slug: { equals: policy.slug } }, async () => {
      const pdf = placeholderPdf(policy.title)
      const document = await payload.create({
        collection: 'media',
        data: { title: `${policy.title} (placeholder)`, isPlaceholder: true },
        file: { data: pdf, mimetype: 'application/pdf', name: `${policy.slug}.pdf`, size: pdf.length },
        context: SEED_CONTEXT,
      })
      return { ...policy, document: document.id, ...published }
    })
  }
  for (const line of seedSupportLines) {
    await ensureDoc(payload, 'support-lines', { name: { equals: line.name } }, line)
  }
  for (const [index, rule] of defaultEligibilityRules.entries()) {
    const conditions = rule.when.conditions.map(({ field, operator, value }) => ({
      field,
      operator,
      values: value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String),
    }))
    const data = { ...rule, when: { match: rule.when.match, conditions }, order: (index + 1) * 10 }
    await ensureDoc(payload, 'eligibility-criteria', { key: { equals: rule.key } }, data)
  }
  await seedGlobals(payload)
}

async function seedGlobals(payload: Payload): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.contactEmail) {
    await payload.updateGlobal({ slug: 'site-settings', data: seedSiteSettings, context: SEED_CONTEXT })
  }
  const routing = await payload.findGlobal({ slug: 'contact-routing', depth: 0 })
  if (!routing.routes?.length) {
    await payload.updateGlobal({ slug: 'contact-routing', data: seedContactRouting as never, context: SEED_CONTEXT })
  }
}

import { cache } from 'react'

import type { Form } from '@/payload-types'
import { GENERAL_APPLICATION_SLUG, paths } from '@/site/paths'
import { payloadClient } from './client'

/** What the public site knows of an application form: enough to link to its start page. */
export type ApplicationLink = { id: Form['id']; slug: string; title: string; href: string }

/**
 * Published forms, slug and title only. Read with `overrideAccess` on the server because forms
 * are staff-only over the API; nothing but these two public fields leaves this function.
 */
export const getApplicationForms = cache(async (): Promise<ApplicationLink[]> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'forms',
    where: { _status: { equals: 'published' } },
    select: { slug: true, title: true },
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
  })
  return docs.map(({ id, slug, title }) => ({ id, slug, title, href: paths.apply(slug) }))
})

/** The general PSU application, or null while it is unpublished. */
export async function getGeneralApplication(): Promise<ApplicationLink | null> {
  return (await getApplicationForms()).find((form) => form.slug === GENERAL_APPLICATION_SLUG) ?? null
}

/**
 * The form a service applies through: the editor's choice when it is published, otherwise the
 * general application. `form` is the service's relationship value, an id or a document.
 */
export async function getApplicationFor(form: Form['id'] | Pick<Form, 'id'> | null | undefined): Promise<ApplicationLink | null> {
  const id = form !== null && typeof form === 'object' ? form.id : form
  const chosen = id === null || id === undefined ? undefined : (await getApplicationForms()).find((item) => item.id === id)
  return chosen ?? getGeneralApplication()
}

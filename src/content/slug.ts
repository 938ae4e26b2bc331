import { z } from 'zod'

/** The shape every content slug has; anything else is refused before a query is built. */
export const slugSchema = z.string().regex(/^[a-z0-9-]{1,80}$/)

/** The slug when it is well formed, otherwise null (the page then answers 404). */
export function parseSlug(value: unknown): string | null {
  const result = slugSchema.safeParse(value)
  return result.success ? result.data : null
}

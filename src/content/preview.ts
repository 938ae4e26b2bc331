import { draftMode } from 'next/headers'

/**
 * True while a staff member previews drafts. Reading draft mode keeps pages static for
 * everyone else: Next serves the cached page unless the preview cookie is present.
 */
export async function isPreview(): Promise<boolean> {
  return (await draftMode()).isEnabled
}

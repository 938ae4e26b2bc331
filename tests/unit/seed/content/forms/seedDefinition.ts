import type { FormDefinition } from '@/forms/types'
import type { SeedBlock } from '@/seed/lexical'
import type { SeedForm } from '@/seed/content/forms'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Exit text as simple HTML, as the admin's rich text becomes for the engine. */
function html(blocks: SeedBlock[]): string {
  return blocks
    .map((block) =>
      typeof block === 'string' ? `<p>${escape(block)}</p>` : `<ul>${block.list.map((item) => `<li>${escape(item)}</li>`).join('')}</ul>`,
    )
    .join('')
}

/** The engine's view of a seed form, without Payload: what the pure tests check. */
export function seedDefinition(form: SeedForm): FormDefinition {
  return {
    slug: form.slug,
    title: form.title,
    version: 1,
    eligibilityGate: form.eligibilityGate,
    pages: form.pages.map(({ exitContent, ...page }) => (exitContent ? { ...page, exitContent: html(exitContent) } : page)),
    routing: form.routing,
  }
}

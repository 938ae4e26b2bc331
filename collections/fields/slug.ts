import type { FieldHook, TextField } from 'payload'

/** Lower-case, hyphenated, ASCII: safe in URLs and stable once published. */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

const slugFromTitle =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const title = data?.[source]
    return typeof title === 'string' ? slugify(title) : value
  }

/** A unique URL slug, filled from `source` when left empty. */
export const slugField = (source = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'The last part of the page address. Filled from the title if left empty.' },
  hooks: { beforeValidate: [slugFromTitle(source)] },
})

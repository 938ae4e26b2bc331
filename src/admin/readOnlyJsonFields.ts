import type { Field } from 'payload'

/** The admin component that shows JSON without Payload's CDN-loaded code editor. */
export const JSON_FIELD_COMPONENT = '/src/admin/JsonField.client#JsonField'

/**
 * The same fields with every `json` and `code` field (at any depth) shown by `JsonField`,
 * read-only: for collections whose JSON the service writes, such as Payload's jobs.
 */
export function readOnlyJsonFields(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'json' || field.type === 'code') {
      return {
        ...field,
        admin: { ...field.admin, readOnly: true, components: { ...field.admin?.components, Field: JSON_FIELD_COMPONENT } },
      } as Field
    }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: readOnlyJsonFields(field.fields) } as Field
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: readOnlyJsonFields(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: readOnlyJsonFields(block.fields) })) }
    return field
  })
}

import type { CollectionConfig, Field } from 'payload'

import type { FieldKind } from '../fieldValues'

/** A field stored encrypted: its name and how its value is sealed. */
export type EncryptedField = { name: string; kind: FieldKind }

/**
 * Where a collection keeps encrypted values: top-level fields, and fields of the rows of
 * top-level arrays (case notes). Found from the fields' `custom.encryptedAtRest` mark, so a
 * field made encrypted with `encryptedJson` / `encryptedTextarea` is rotated with no other change.
 */
export type EncryptedLayout = { slug: string; fields: EncryptedField[]; arrays: Array<{ name: string; fields: EncryptedField[] }> }

const kindOf = (field: Field): FieldKind | undefined => {
  const mark = (field as { custom?: { encryptedAtRest?: unknown } }).custom?.encryptedAtRest
  return mark === 'json' || mark === 'text' ? mark : undefined
}

/** Fields that hold data at this level: rows, collapsibles and unnamed tabs only lay out their children. */
function dataFields(fields: Field[]): Field[] {
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : dataFields(tab.fields)))
    return [field]
  })
}

const encryptedIn = (fields: Field[]): EncryptedField[] =>
  dataFields(fields).flatMap((field) => {
    const kind = kindOf(field)
    return kind && 'name' in field ? [{ name: field.name, kind }] : []
  })

/** The encrypted fields of a collection; undefined when it has none. */
export function encryptedLayout(collection: Pick<CollectionConfig, 'slug' | 'fields'>): EncryptedLayout | undefined {
  const arrays = dataFields(collection.fields).flatMap((field) =>
    field.type === 'array' ? [{ name: field.name, fields: encryptedIn(field.fields) }].filter((array) => array.fields.length > 0) : [],
  )
  const layout = { slug: collection.slug, fields: encryptedIn(collection.fields), arrays }
  return layout.fields.length + layout.arrays.length > 0 ? layout : undefined
}

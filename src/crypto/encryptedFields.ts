import type { FieldHook, JSONField, TextareaField } from 'payload'
import { json as validateJson, textarea as validateTextarea } from 'payload/shared'

import { DecryptionError } from './cipher'
import { openJson, openText, sealJson, sealText, type FieldKind } from './fieldValues'
import type { Keyring } from './keys'
import { dataKeyring } from './keyring'

// Every write through Payload (Local API, REST, GraphQL, the admin) encrypts; every read
// decrypts, so the code that reads answers and notes needs no change. Writes that bypass the
// hooks (`payload.db.*`) must never carry these fields; `npm run rotate-key` is the one that does,
// finding them by their `custom.encryptedAtRest` mark (src/crypto/rotation/layout.ts).
const encryptJson: FieldHook = ({ value }) => sealJson(value, dataKeyring())
const decryptJson: FieldHook = ({ value }) => openJson(value, dataKeyring())
const encryptText: FieldHook = ({ value }) => sealText(value, dataKeyring())
const decryptText: FieldHook = ({ value }) => openText(value, dataKeyring())

/**
 * The plain value for validation. The admin validates what a person typed before it is saved:
 * text that merely looks encrypted (a note beginning `enc:v1:`) is validated as typed, and
 * saved encrypted like any other.
 */
function plainForValidation<T>(value: T, open: (stored: unknown, keyring: Keyring) => unknown): T {
  try {
    return open(value, dataKeyring()) as T
  } catch (error) {
    if (error instanceof DecryptionError) return value
    throw error
  }
}

/**
 * A JSON field stored encrypted (`{ "enc": "enc:v1:…" }`). Payload validates after the
 * beforeChange hooks, so validation is given the plain value back. Its contents can no longer
 * be queried, sorted or filtered on in the database.
 */
export function encryptedJson(field: Omit<JSONField, 'type'>): JSONField {
  const validate = field.validate ?? validateJson
  return {
    ...field,
    type: 'json',
    custom: { ...field.custom, encryptedAtRest: 'json' satisfies FieldKind },
    validate: (value, options) => validate(plainForValidation(value, openJson), options),
    hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), encryptJson], afterRead: [decryptJson, ...(field.hooks?.afterRead ?? [])] },
  }
}

/** A textarea stored encrypted (`enc:v1:…`), validated on its plain text; it can no longer be queried or sorted on. */
export function encryptedTextarea(field: Omit<TextareaField, 'type'>): TextareaField {
  const validate = field.validate ?? validateTextarea
  return {
    ...field,
    type: 'textarea',
    custom: { ...field.custom, encryptedAtRest: 'text' satisfies FieldKind },
    validate: (value, options) => validate(plainForValidation(value, openText), options),
    hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), encryptText], afterRead: [decryptText, ...(field.hooks?.afterRead ?? [])] },
  }
}

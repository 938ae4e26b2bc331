import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'
import { encryptedJson } from '@/crypto/encryptedFields'

/**
 * A trainee's progress through a form or the eligibility checker, kept on the server so
 * answers never travel in URLs or cookies. The cookie holds a random token; only its hash is
 * stored, so a leaked database cannot be used to take over a session. No API may read or
 * write these: the public pages use the Local API on the server.
 */
export const FormSessions: CollectionConfig = {
  slug: 'form-sessions',
  labels: { singular: 'Form session', plural: 'Form sessions' },
  admin: { hidden: true, useAsTitle: 'formSlug' },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'tokenHash', type: 'text', required: true, unique: true, index: true },
    { name: 'formSlug', type: 'text', required: true },
    { name: 'formVersion', type: 'number', required: true },
    // Answers, typed values, risk and the name on the confirmation are encrypted at rest (src/crypto).
    encryptedJson({ name: 'answers' }),
    { name: 'visited', label: 'Pages completed, in order', type: 'json' },
    encryptedJson({ name: 'riskAcknowledged', label: 'Risk pages whose urgent help was shown' }),
    encryptedJson({ name: 'flash', label: 'Errors and typed values to show on the next page view' }),
    { name: 'idempotencyKey', type: 'text' },
    { name: 'reference', type: 'text' },
    // Kept after the answers are cleared, to fill the confirmation page's placeholders.
    encryptedJson({ name: 'sent', label: 'First name and service for the confirmation page' }),
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}

import type { CollectionConfig } from 'payload'

import { nobody } from '@/access'

/**
 * Rate-limit counters, in the database so every app instance shares them. Declared as a
 * collection so the SQL schema (and its migrations) own the table; it is written only by the
 * SQLite store in `src/rateLimit` and never through any API. (MongoDB keeps its counters in
 * rate-limiter-flexible's own collection.)
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'points', type: 'number', required: true, defaultValue: 0 },
    // Milliseconds since the epoch: compared in SQL without date parsing.
    { name: 'expire', type: 'number', index: true },
  ],
}

import type { StatusLookup } from './lookup'
import type { StatusQueryValues } from './query'

/** What the status page shows: the empty (or prefilled) form, or the answer to a lookup. */
export type StatusFormState = { kind: 'start'; values: StatusQueryValues } | StatusLookup

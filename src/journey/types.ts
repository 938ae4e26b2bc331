import type { Answers, FieldError, FormDefinition } from '@/forms/types'

/** What the trainee typed on a page that failed validation, shown back with the errors. */
export type Flash = { pageId: string; errors: FieldError[]; values: Record<string, unknown> }

/** A trainee's progress, as kept server-side in `form-sessions`. */
export type JourneyState = {
  /** Normalised answers to pages completed so far, pruned to the current route. */
  answers: Answers
  /** Pages the trainee has completed (posted without errors), in order. */
  visited: string[]
  /** Risk pages whose urgent-help interruption the trainee has seen. */
  riskAcknowledged: string[]
  flash?: Flash
  /** Sent with the submission so a double submit returns the same reference. */
  idempotencyKey?: string
  /** Set once the form is submitted; the answers are then cleared. */
  reference?: string
  /** What the confirmation page's placeholders need once the answers are gone. */
  sent?: SentDetails
}

export type SentDetails = {
  firstName?: string
  serviceName?: string
  /** A risk answer made the referral urgent: the confirmation says how soon we will call. */
  urgent?: boolean
}

/**
 * One question flow on the public site: an application form or the eligibility checker.
 * `slug` names its sessions, `basePath` its start page, `endPath` where the questions end
 * (check your answers, or the checker's result).
 */
export type Journey = {
  slug: string
  version: number
  basePath: string
  endPath: string
  definition: FormDefinition
}

/** Where the trainee goes next, as the journey's pages see it. */
export type JourneyStep =
  | { kind: 'page'; pageId: string }
  | { kind: 'exit'; pageId: string }
  | { kind: 'interruption'; after: string }
  | { kind: 'end' }

export const emptyState = (): JourneyState => ({ answers: {}, visited: [], riskAcknowledged: [] })

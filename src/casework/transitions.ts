import { STAGE_LABELS, type Stage } from './stages'

/** Who may make a move: any case worker of the referral (and admins), or admins only. */
export type Mover = 'caseworker' | 'admin'

/**
 * Every allowed change of stage, and who may make it: forward one step at a time, closing
 * from any open stage (a trainee who declines before contact; "not eligible" at triage), and
 * re-opening a closed referral, which only an admin may do. Any move not listed is refused.
 */
export const TRANSITIONS: ReadonlyArray<{ from: Stage; to: Stage; by: Mover }> = [
  { from: 'new', to: 'triaged', by: 'caseworker' },
  { from: 'triaged', to: 'contacted', by: 'caseworker' },
  { from: 'contacted', to: 'in-support', by: 'caseworker' },
  { from: 'in-support', to: 'closed', by: 'caseworker' },
  { from: 'new', to: 'closed', by: 'caseworker' },
  { from: 'triaged', to: 'closed', by: 'caseworker' },
  { from: 'contacted', to: 'closed', by: 'caseworker' },
  { from: 'closed', to: 'triaged', by: 'admin' },
]

export type TransitionCheck = { allowed: true } | { allowed: false; message: string }

/**
 * Whether a referral may move from one stage to another, for an admin or someone else.
 * Staying in the same stage is always allowed.
 */
export function checkTransition(from: Stage, to: Stage, isAdmin: boolean): TransitionCheck {
  if (from === to) return { allowed: true }
  const move = TRANSITIONS.find((transition) => transition.from === from && transition.to === to)
  const label = `${STAGE_LABELS[from] ?? String(from)} to ${STAGE_LABELS[to] ?? String(to)}`
  if (!move) return { allowed: false, message: `A referral cannot move from ${label}.` }
  if (move.by === 'admin' && !isAdmin) return { allowed: false, message: `Only an administrator can move a referral from ${label}.` }
  return { allowed: true }
}

/** The stages a referral may move to next (for an admin or someone else), in table order. */
export const nextStages = (from: Stage, isAdmin: boolean): Stage[] =>
  TRANSITIONS.filter((move) => move.from === from && (isAdmin || move.by !== 'admin')).map((move) => move.to)

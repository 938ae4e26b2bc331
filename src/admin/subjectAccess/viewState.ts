import { PROBLEM_FIELDS, SUBJECT_ACCESS_MESSAGES, parseSubjectEmail, type FieldError, type SubjectAccessProblem } from '@/subjectAccess/request'
import { ERASED_COUNTS } from './paths'

type Params = Record<string, string | string[] | undefined> | undefined

const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).slice(0, 400)

export type ErasedCounts = Record<(typeof ERASED_COUNTS)[number], number>

/** What the view shows, from its query: a search to run, field errors, or an erasure's outcome. */
export type ViewState = { typed: string; email?: string; errors: FieldError[]; erased?: ErasedCounts }

/**
 * Reads the view's query: `email` (the search, a GET form), `eraseError` (a refused erasure,
 * by problem code, from the erase endpoint's redirect) and `erased` with its counts (done).
 */
export function viewState(params: Params): ViewState {
  if (one(params?.erased) === '1') {
    const erased = Object.fromEntries(ERASED_COUNTS.map((key) => [key, Math.max(0, Number.parseInt(one(params?.[key]), 10) || 0)])) as ErasedCounts
    return { typed: '', errors: [], erased }
  }
  const typed = one(params?.email)
  const problem = one(params?.eraseError) as SubjectAccessProblem
  const eraseErrors: FieldError[] = Object.hasOwn(SUBJECT_ACCESS_MESSAGES, problem) ? [{ field: PROBLEM_FIELDS[problem], message: SUBJECT_ACCESS_MESSAGES[problem] }] : []
  if (params?.email === undefined) return { typed, errors: eraseErrors }
  const parsed = parseSubjectEmail(typed)
  if (!parsed.ok) return { typed, errors: parsed.errors }
  return { typed, email: parsed.email, errors: eraseErrors }
}

/** The parts of a referral that hold the applicant's email address. */
export type ApplicantEmailSource = { applicantEmail?: string | null; answers?: unknown }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * The applicant's email address: the plain `applicantEmail` copy, or for a referral that
 * arrived before that copy was kept, the answer keyed `email`. Empty when neither is there.
 */
export function applicantEmailOf(source: ApplicantEmailSource): string {
  const copy = text(source.applicantEmail)
  if (copy) return copy
  const answers = source.answers
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return ''
  return Object.prototype.hasOwnProperty.call(answers, 'email') ? text((answers as Record<string, unknown>).email) : ''
}

/** Longer than any email address (RFC 5321: 254), so every comparison walks the same length. */
const COMPARED_LENGTH = 320

/**
 * True when `given` is the applicant's address, ignoring case and surrounding spaces. It looks
 * at every character position up to a fixed length whatever the inputs, so the time taken does
 * not tell how much of an address was right. An empty stored address never matches.
 */
export function emailsMatch(given: string, stored: string): boolean {
  const a = given.trim().toLowerCase()
  const b = stored.trim().toLowerCase()
  let difference = a.length === b.length && b.length > 0 && b.length <= COMPARED_LENGTH ? 0 : 1
  for (let index = 0; index < COMPARED_LENGTH; index += 1) {
    difference |= (a.charCodeAt(index) || 0) ^ (b.charCodeAt(index) || 0)
  }
  return difference === 0
}

import type { Answers, FormDefinition } from '@/forms/types'

/** Who a referral is about, as case workers search and list it. */
export type Applicant = { name?: string; email?: string }

const text = (answers: Answers, key: string): string | undefined => {
  const value = Object.prototype.hasOwnProperty.call(answers, key) ? answers[key] : undefined
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : undefined
}

/** Keys of a whole-name question, for forms that ask for the name in one answer. */
const WHOLE_NAME_KEYS = ['name', 'fullName']

/**
 * The applicant's name and email from the answers, by one rule:
 * - email: the answer to the form's first `email` question that was answered;
 * - name: "First Last" from the questions keyed `firstName` and `lastName` (either alone when
 *   only one was answered), else the answer keyed `name` or `fullName`.
 * Undefined when the form does not ask for it.
 */
export function applicantOf(definition: FormDefinition, answers: Answers): Applicant {
  const first = text(answers, 'firstName')
  const last = text(answers, 'lastName')
  const parts = [first, last].filter(Boolean)
  const name = parts.length > 0 ? parts.join(' ') : WHOLE_NAME_KEYS.map((key) => text(answers, key)).find(Boolean)
  return { name, email: applicantEmail(definition, answers) }
}

/** The answer to the form's first answered `email` question: where the applicant is written to. */
export function applicantEmail(definition: FormDefinition, answers: Answers): string | undefined {
  for (const page of definition.pages) {
    for (const question of page.questions) {
      if (question.type !== 'email') continue
      const address = text(answers, question.key)
      if (address) return address
    }
  }
  return undefined
}

import { applicantEmail } from '@/casework/applicant'
import type { Answers, FormDefinition } from '@/forms/types'

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/**
 * Where the trainee's confirmation goes: the applicant's email (the form's first answered
 * email question). Undefined when the form asks for none (or it was left blank), and then none is sent.
 */
export function traineeEmailAddress(definition: FormDefinition, answers: Answers): string | undefined {
  return applicantEmail(definition, answers)
}

/** The `{{firstName}}` of the trainee's email: the answer keyed `firstName`, by convention. */
export function traineeFirstName(answers: Answers): string | undefined {
  return text(Object.prototype.hasOwnProperty.call(answers, 'firstName') ? answers.firstName : undefined)
}

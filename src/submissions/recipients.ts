import type { Answers, FormDefinition } from '@/forms/types'

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/**
 * Where the trainee's confirmation goes: the answer to the form's first email question.
 * Undefined when the form asks for none (or it was left blank), and then none is sent.
 */
export function traineeEmailAddress(definition: FormDefinition, answers: Answers): string | undefined {
  for (const page of definition.pages) {
    for (const question of page.questions) {
      if (question.type !== 'email') continue
      const address = text(Object.prototype.hasOwnProperty.call(answers, question.key) ? answers[question.key] : undefined)
      if (address) return address
    }
  }
  return undefined
}

/** The `{{firstName}}` of the trainee's email: the answer keyed `firstName`, by convention. */
export function traineeFirstName(answers: Answers): string | undefined {
  return text(Object.prototype.hasOwnProperty.call(answers, 'firstName') ? answers.firstName : undefined)
}

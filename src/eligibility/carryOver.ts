import { questionType } from '@/forms/questions'
import type { Answers, FormDefinition, Question } from '@/forms/types'
import { ownValue } from '@/forms/values'

import { FACT_KEYS, factQuestions, type FactKey } from './facts'

/**
 * One fact from the eligibility checker that an application asks again, and the question key
 * that asks it. `values` translates the checker's answers where the form words the question
 * differently; a fact value not listed there is not carried.
 */
export type CarriedFact = { fact: FactKey; question: string; values?: Readonly<Record<string, string>> }

/** Every eligibility fact a form may be given, and where it goes: the one table, no guessing. */
export const CARRIED_FACTS: readonly CarriedFact[] = [
  // The PSU application asks the facts under their own keys, for its eligibility gate.
  { fact: 'region', question: 'region' },
  { fact: 'staffGroup', question: 'staffGroup' },
  { fact: 'hasTrainingNumber', question: 'hasTrainingNumber' },
  { fact: 'band', question: 'band' },
  { fact: 'inRecognisedTrainingScheme', question: 'inRecognisedTrainingScheme' },
  { fact: 'pharmacyProgramme', question: 'pharmacyProgramme' },
  { fact: 'workforceScheme', question: 'workforceScheme' },
  // The dyslexia assessment asks "London or the South East (London, Kent, Surrey or Sussex)?".
  { fact: 'region', question: 'londonOrSouthEast', values: { london: 'yes', kss: 'yes' } },
]

/** What the trainee told the checker, as the start page repeats it back. */
export type ToldFact = { fact: FactKey; label: string; answer: string }

export type CarryOver = {
  /** Answers for the form's questions, each one valid for the question it fills. */
  answers: Answers
  /** The checker's facts those answers come from, in the checker's order. */
  told: ToldFact[]
}

function formQuestion(form: FormDefinition, key: string): Question | undefined {
  return form.pages.flatMap((page) => page.questions).find((question) => question.key === key)
}

/** The answer as the question would store it, or undefined when the question would refuse it. */
function accepted(question: Question, value: unknown): unknown {
  const parsed = questionType(question.type).schema(question, { now: new Date(0) }).safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/**
 * The eligibility checker's answers that can fill this form's questions, through
 * `CARRIED_FACTS` only. A value the form's question would not accept (an option it lacks) is
 * left for the trainee to answer.
 */
export function carryOverFacts(form: FormDefinition, facts: Answers): CarryOver {
  const answers: Answers = {}
  const used = new Set<FactKey>()
  for (const entry of CARRIED_FACTS) {
    const fact = ownValue(facts, entry.fact)
    const question = formQuestion(form, entry.question)
    if (fact === undefined || !question || ownValue(answers, entry.question) !== undefined) continue
    const raw = entry.values ? (typeof fact === 'string' ? entry.values[fact] : undefined) : fact
    const value = raw === undefined ? undefined : accepted(question, raw)
    if (value === undefined) continue
    answers[entry.question] = value
    used.add(entry.fact)
  }
  const told = FACT_KEYS.filter((key) => used.has(key)).map((key) => {
    const question = factQuestions[key]
    return { fact: key, label: question.label, answer: questionType(question.type).format(facts[key], question) }
  })
  return { answers, told }
}

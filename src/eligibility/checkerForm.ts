import type { EligibilityRule } from './types'
import type { FormDefinition, Page } from '@/forms/types'

import { FACT_KEYS, factQuestions, factRelevance, isFactKey, type FactKey } from './facts'

/** Fact keys a set of rules tests, plus the facts that decide whether those are asked. */
export function referencedFacts(rules: EligibilityRule[]): FactKey[] {
  const wanted = new Set<string>()
  const add = (field: string) => {
    if (!isFactKey(field) || wanted.has(field)) return
    wanted.add(field)
    // A fact asked only for some staff groups needs the staff group question too.
    factRelevance[field]?.conditions.forEach((condition) => add(condition.field))
  }
  rules.forEach((rule) => rule.when.conditions.forEach((condition) => add(condition.field)))
  return FACT_KEYS.filter((key) => wanted.has(key))
}

/**
 * The public "Can I use the PSU?" checker as a form: one fact per page, in the fixed order,
 * asking only facts the current rules test and, through `showWhen`, only those that matter
 * for the trainee's staff group. Staff can change the rules without touching the checker.
 */
export function checkerForm(rules: EligibilityRule[]): FormDefinition {
  const pages: Page[] = referencedFacts(rules).map((key) => {
    const relevance = factRelevance[key]
    return {
      id: key,
      title: factQuestions[key].label,
      kind: 'questions',
      ...(relevance ? { showWhen: relevance } : {}),
      questions: [factQuestions[key]],
    }
  })
  return {
    slug: 'eligibility-checker',
    title: 'Check if you can use the Professional Support Unit',
    version: 1,
    oneQuestionPerPage: true,
    pages,
  }
}

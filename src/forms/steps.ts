import { evaluateCondition, evaluateGroup } from './conditions'
import { isPageVisible, isQuestionVisible } from './shown'
import { CHECK_ANSWERS } from './types'
import type { Answers, FormDefinition, NextStep, Page, StepOptions } from './types'

function toStep(page: Page): NextStep {
  return page.kind === 'exit' ? { kind: 'exit', pageId: page.id } : { kind: 'page', pageId: page.id }
}

/**
 * The first page at or after `index` the trainee should see. Following the default order,
 * exit pages without a `showWhen` are passed over: they are reached only through a branch,
 * otherwise every journey would end at the first exit page.
 */
function firstVisibleFrom(def: FormDefinition, index: number, answers: Answers): NextStep {
  const page = def.pages.slice(index).find((candidate) => {
    if (candidate.kind === 'exit' && !candidate.showWhen) return false
    return isPageVisible(candidate, answers)
  })
  return page ? toStep(page) : { kind: 'check-answers' }
}

/** The first step of the form (check-answers only if every page is hidden). */
export function firstPage(def: FormDefinition, answers: Answers): NextStep {
  return firstVisibleFrom(def, 0, answers)
}

/** True when a shown risk question on `page` has one of its trigger answers. */
export function pageTriggersRisk(page: Page, answers: Answers): boolean {
  return page.questions.some(
    (question) =>
      question.risk !== undefined &&
      isQuestionVisible(question, answers) &&
      evaluateCondition({ field: question.key, operator: 'oneOf', value: question.risk.triggerValues }, answers),
  )
}

/**
 * Where the trainee goes after `currentPageId`. A triggered risk question interrupts first;
 * once the trainee has seen urgent help, call again with `{ skipInterruption: true }`. Then the
 * page's branches are tried in order, then the next shown page, then check-answers.
 * Pass answers through `pruneAnswers` first so answers from abandoned routes do not count.
 */
export function nextStep(
  def: FormDefinition,
  answers: Answers,
  currentPageId: string,
  options: StepOptions = {},
): NextStep {
  const index = def.pages.findIndex((page) => page.id === currentPageId)
  if (index < 0) return firstPage(def, answers)
  const page = def.pages[index]
  if (page.kind === 'exit') return { kind: 'exit', pageId: page.id }
  if (!options.skipInterruption && pageTriggersRisk(page, answers)) {
    return { kind: 'interruption', reason: 'risk', after: page.id }
  }
  for (const branch of page.branches ?? []) {
    if (!evaluateGroup(branch.when, answers)) continue
    if (branch.goTo === CHECK_ANSWERS) return { kind: 'check-answers' }
    const target = def.pages.findIndex((candidate) => candidate.id === branch.goTo)
    if (target < 0) continue
    // A branch names its page explicitly, so even an exit page is entered; a hidden target
    // hands over to the default order after it.
    if (isPageVisible(def.pages[target], answers)) return toStep(def.pages[target])
    return firstVisibleFrom(def, target + 1, answers)
  }
  return firstVisibleFrom(def, index + 1, answers)
}

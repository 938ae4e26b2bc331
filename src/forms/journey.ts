import { evaluateCondition, evaluateGroup } from './conditions'
import { CHECK_ANSWERS } from './types'
import type { Answers, FormDefinition, NextStep, Page, Question, StepOptions } from './types'
import { isPageVisible, isQuestionVisible } from './visibility'
import { ownValue, recordFrom } from './values'

export type VisibleQuestion = { page: Page; question: Question }

/** Where a walk through the form stopped; `loop` only when a definition's branches cycle. */
export type JourneyEnd = { kind: 'exit'; pageId: string } | { kind: 'check-answers' } | { kind: 'loop'; pageId: string }

export type JourneyWalk = {
  /** Pages the trainee visits, in order. */
  pages: Page[]
  /** Questions shown on those pages, in order. */
  questions: VisibleQuestion[]
  /** Only the answers to shown questions: stale answers from other routes are left out. */
  answers: Answers
  /** Pages whose risk question was answered with a trigger value. */
  riskPages: string[]
  end: JourneyEnd
}

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

/**
 * Follows the journey from the first page with the given answers. Each page's conditions see
 * only answers to questions shown earlier on the route, and a visited set stops a looping
 * definition from hanging the walk.
 */
export function walkJourney(def: FormDefinition, answers: Answers): JourneyWalk {
  const pages: Page[] = []
  const questions: VisibleQuestion[] = []
  const kept: Array<[string, unknown]> = []
  const riskPages: string[] = []
  const visited = new Set<string>()
  let step = firstPage(def, {})
  while (step.kind === 'page' || step.kind === 'exit') {
    const pageId = step.pageId
    const page = def.pages.find((candidate) => candidate.id === pageId)
    if (!page || visited.has(pageId)) {
      return { pages, questions, answers: recordFrom(kept), riskPages, end: { kind: 'loop', pageId } }
    }
    visited.add(pageId)
    pages.push(page)
    if (step.kind === 'exit') break
    for (const question of page.questions) {
      if (!isQuestionVisible(question, recordFrom(kept))) continue
      questions.push({ page, question })
      const value = ownValue(answers, question.key)
      if (value !== undefined) kept.push([question.key, value])
    }
    const known = recordFrom(kept)
    if (pageTriggersRisk(page, known)) riskPages.push(page.id)
    step = nextStep(def, known, page.id, { skipInterruption: true })
  }
  const end: JourneyEnd = step.kind === 'exit' ? step : { kind: 'check-answers' }
  return { pages, questions, answers: recordFrom(kept), riskPages, end }
}

/** Ids of the pages the trainee visits with these answers, in order. */
export function pathThrough(def: FormDefinition, answers: Answers): string[] {
  return walkJourney(def, answers).pages.map((page) => page.id)
}

/** True when any risk question on the trainee's route has a trigger answer. */
export function isRiskTriggered(def: FormDefinition, answers: Answers): boolean {
  return walkJourney(def, answers).riskPages.length > 0
}

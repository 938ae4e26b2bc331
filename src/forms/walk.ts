import { nextStep, firstPage, pageTriggersRisk } from './steps'
import { isQuestionVisible } from './shown'
import type { Answers, FormDefinition, Page, Question } from './types'
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

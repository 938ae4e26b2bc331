import type { FormDefinition, Page } from './types'

/** Id of the page made for the question at `index`; the first keeps the page's own id. */
function splitPageId(page: Page, index: number): string {
  return index === 0 ? page.id : `${page.id}--${page.questions[index].key}`
}

/**
 * Splits one question page into one page per question. The first keeps the page id, so
 * branches into the page still land on its first question; the last keeps the branches, which
 * can then see every answer from the original page. Each new page inherits the page's
 * `showWhen`; each question keeps its own, and a page whose only question is hidden is
 * skipped by the journey.
 */
function splitPage(page: Page): Page[] {
  if (page.kind === 'exit' || page.questions.length <= 1) return [page]
  const last = page.questions.length - 1
  return page.questions.map((question, index) => ({
    id: splitPageId(page, index),
    title: question.label,
    kind: 'questions',
    ...(page.showWhen ? { showWhen: page.showWhen } : {}),
    questions: [question],
    ...(index === last && page.branches ? { branches: page.branches } : {}),
  }))
}

/**
 * The definition with every question on its own page, for forms that set
 * `oneQuestionPerPage`. Exit pages and single-question pages are unchanged. Always expands:
 * callers decide whether the form asks for it.
 */
export function expandOneQuestionPerPage(def: FormDefinition): FormDefinition {
  return { ...def, pages: def.pages.flatMap(splitPage) }
}

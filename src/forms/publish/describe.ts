import type { Page, PublishIssue, Question } from '../types'

/** How messages name a page: its title, or its id when the title is blank. */
export function pageName(page: Page): string {
  return `page "${page.title.trim() || page.id}"`
}

/** How messages name a question: its label and, for editors who think in keys, its key. */
export function questionName(question: Question): string {
  return `question "${question.label.trim() || question.key}" (${question.key})`
}

/** An issue about a page. */
export function pageIssue(page: Page, message: string): PublishIssue {
  return { pageId: page.id, message }
}

/** An issue about a question on a page. */
export function questionIssue(page: Page, question: Question, message: string): PublishIssue {
  return { pageId: page.id, questionKey: question.key, message }
}

import type { Condition, ConditionGroup, FormDefinition, Page, PublishIssue, Question } from '../types'
import { pageIssue, pageName, questionIssue, questionName } from './describe'

type Located = { question: Question; index: number; position: number }

/**
 * How far back a condition may look: any earlier page, plus the first `before` questions on its
 * own page (none for `showWhen`, all of them for branches).
 */
type Reach = { index: number; before: number }

const NEEDS_VALUE = new Set(['equals', 'notEquals', 'oneOf', 'includes', 'greaterThan', 'lessThan'])

function locate(def: FormDefinition): Map<string, Located> {
  const found = new Map<string, Located>()
  def.pages.forEach((page, index) =>
    page.questions.forEach((question, position) => {
      if (!found.has(question.key)) found.set(question.key, { question, index, position })
    }),
  )
  return found
}

/** The values a condition can match for a question with fixed answers, else undefined. */
function allowedValues(question: Question): string[] | undefined {
  if (question.type === 'yesNo') return ['yes', 'no']
  return question.options?.map((option) => option.value)
}

function valueProblem(condition: Condition, question: Question): string | undefined {
  const value = condition.value
  if (!NEEDS_VALUE.has(condition.operator)) return undefined
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return `needs a value to compare ${questionName(question)} with`
  }
  if (condition.operator === 'greaterThan' || condition.operator === 'lessThan') {
    const comparable =
      typeof value === 'number' || (typeof value === 'string' && /^(-?\d+(\.\d+)?|\d{4}-\d{2}-\d{2})$/.test(value))
    return comparable
      ? undefined
      : `compares ${questionName(question)} with "${String(value)}", which is not a number or date`
  }
  const allowed = allowedValues(question)
  const missing = allowed && (Array.isArray(value) ? value : [String(value)]).filter((item) => !allowed.includes(item))
  return missing && missing.length > 0
    ? `uses "${missing.join('", "')}", which is not an answer to ${questionName(question)}`
    : undefined
}

type Subject = { name: string; reach?: Reach; make: (message: string) => PublishIssue }

function groupIssues(group: ConditionGroup | undefined, subject: Subject, found: Map<string, Located>): PublishIssue[] {
  const { name, reach, make } = subject
  return (group?.conditions ?? []).flatMap((condition) => {
    if (!condition.field.trim()) return [make(`${name} has a condition with no question chosen`)]
    const target = found.get(condition.field.split('.')[0])
    if (!target) return [make(`${name} refers to a question "${condition.field}" that is not in this form`)]
    if (reach && (target.index > reach.index || (target.index === reach.index && target.position >= reach.before))) {
      const where = target.index === reach.index ? 'the same page' : 'a later page'
      return [
        make(
          `${name} refers to ${questionName(target.question)}, which is on ${where} and will not have been answered yet`,
        ),
      ]
    }
    const problem = valueProblem(condition, target.question)
    return problem ? [make(`${name} ${problem}`)] : []
  })
}

function pageReferences(def: FormDefinition, page: Page, index: number, found: Map<string, Located>): PublishIssue[] {
  const earlier = { index, before: 0 }
  const onPage = (message: string) => pageIssue(page, message)
  return [
    ...groupIssues(
      page.showWhen,
      { name: `The condition for showing ${pageName(page)}`, reach: earlier, make: onPage },
      found,
    ),
    ...page.questions.flatMap((question, position) =>
      groupIssues(
        question.showWhen,
        {
          name: `The condition for showing ${questionName(question)} on ${pageName(page)}`,
          // One question per page puts earlier questions on earlier pages, so they are answered.
          reach: def.oneQuestionPerPage ? { index, before: position } : earlier,
          make: (message) => questionIssue(page, question, message),
        },
        found,
      ),
    ),
    ...(page.branches ?? []).flatMap((branch, number) =>
      groupIssues(
        branch.when,
        {
          name: `Branch ${number + 1} on ${pageName(page)}`,
          reach: { index, before: Number.POSITIVE_INFINITY },
          make: onPage,
        },
        found,
      ),
    ),
  ]
}

/**
 * Every condition (page and question `showWhen`, branches, routing) must name a question in the
 * form that the trainee has already answered at that point, and compare it with a value it can
 * have.
 */
export function referenceChecks(def: FormDefinition): PublishIssue[] {
  const found = locate(def)
  const routing = (def.routing?.rules ?? []).flatMap((rule, number) =>
    groupIssues(
      rule.when,
      { name: `Routing rule ${number + 1} (to "${rule.service}")`, make: (message) => ({ message }) },
      found,
    ),
  )
  return [...def.pages.flatMap((page, index) => pageReferences(def, page, index, found)), ...routing]
}

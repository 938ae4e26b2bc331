import { isQuestionType } from '../questions'
import { compilePattern } from '../questions/shared'
import { CHECK_ANSWERS } from '../types'
import type { FormDefinition, Page, PublishIssue, Question } from '../types'
import { pageIssue, pageName, questionIssue, questionName } from './describe'

/** Keys become object keys and error paths (`address.postcode`), so dots and oddities are out. */
const KEY_FORMAT = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/
const RESERVED_KEYS = new Set(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'])
const OPTION_TYPES = new Set(['radios', 'checkboxes', 'select'])

function duplicatePages(def: FormDefinition): PublishIssue[] {
  const seen = new Map<string, Page>()
  return def.pages.flatMap((page) => {
    const first = seen.get(page.id)
    if (!first) seen.set(page.id, page)
    if (page.id.trim() === '' || page.id === CHECK_ANSWERS) {
      return [pageIssue(page, `The ${pageName(page)} needs an id other than "${page.id}"`)]
    }
    return first ? [pageIssue(page, `The ${pageName(page)} has the same id "${page.id}" as ${pageName(first)}`)] : []
  })
}

function duplicateKeys(def: FormDefinition): PublishIssue[] {
  const seen = new Map<string, Page>()
  return def.pages.flatMap((page) =>
    page.questions.flatMap((question) => {
      const first = seen.get(question.key)
      if (!first) seen.set(question.key, page)
      const where = first === page ? 'the same page' : pageName(first ?? page)
      return first
        ? [
            questionIssue(
              page,
              question,
              `The ${questionName(question)} on ${pageName(page)} uses a key already used on ${where}`,
            ),
          ]
        : []
    }),
  )
}

function optionIssues(question: Question): string[] {
  const options = question.options ?? []
  if (!OPTION_TYPES.has(question.type)) return []
  if (options.length === 0) return ['has no options to choose from']
  const problems: string[] = []
  const values = new Set<string>()
  for (const option of options) {
    if (option.value.trim() === '') problems.push('has an option with no value')
    if (option.label.trim() === '') problems.push(`has an option ("${option.value}") with no label`)
    if (values.has(option.value)) problems.push(`has more than one option with the value "${option.value}"`)
    values.add(option.value)
  }
  return problems
}

function riskIssues(question: Question): string[] {
  if (!question.risk) return []
  if (question.risk.triggerValues.length === 0) return ['is a risk question with no answers that trigger urgent help']
  const allowed = question.type === 'yesNo' ? ['yes', 'no'] : question.options?.map((option) => option.value)
  if (!allowed) return []
  const unknown = question.risk.triggerValues.filter((value) => !allowed.includes(value))
  return unknown.map((value) => `triggers urgent help on "${value}", which is not one of its answers`)
}

function validationIssues(question: Question): string[] {
  const rules = question.validation ?? {}
  const problems: string[] = []
  if (rules.pattern && !compilePattern(rules.pattern))
    problems.push(`has a pattern that is not a valid regular expression: ${rules.pattern}`)
  if (rules.min !== undefined && rules.max !== undefined && rules.min > rules.max)
    problems.push('has a minimum greater than its maximum')
  if ((rules.minLength ?? 0) > (rules.maxLength ?? Infinity))
    problems.push('has a minimum length greater than its maximum length')
  return problems
}

function questionIssues(page: Page, question: Question): PublishIssue[] {
  const problems = [
    ...(isQuestionType(question.type) ? [] : [`has an unknown type "${question.type}"`]),
    ...(KEY_FORMAT.test(question.key) && !RESERVED_KEYS.has(question.key)
      ? []
      : ['needs a key of letters, numbers, dashes or underscores that starts with a letter']),
    ...(question.label.trim() === '' ? ['has no label'] : []),
    ...optionIssues(question),
    ...riskIssues(question),
    ...validationIssues(question),
  ]
  return problems.map((problem) =>
    questionIssue(page, question, `The ${questionName(question)} on ${pageName(page)} ${problem}`),
  )
}

function pageIssues(page: Page): PublishIssue[] {
  if (page.kind === 'exit') {
    const text = (page.exitContent ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim()
    return text === ''
      ? [pageIssue(page, `The exit ${pageName(page)} has no content explaining why and where to get help`)]
      : []
  }
  return page.questions.length === 0 ? [pageIssue(page, `The ${pageName(page)} has no questions`)] : []
}

/** Checks on the parts of a form one at a time: ids, keys, types, options and patterns. */
export function structureChecks(def: FormDefinition): PublishIssue[] {
  return [
    ...(def.pages.length === 0 ? [{ message: `The form "${def.title}" has no pages` }] : []),
    ...duplicatePages(def),
    ...duplicateKeys(def),
    ...def.pages.flatMap(pageIssues),
    ...def.pages.flatMap((page) => page.questions.flatMap((question) => questionIssues(page, question))),
  ]
}

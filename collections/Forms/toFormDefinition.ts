import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Condition, ConditionGroup, FormDefinition, Operator, Page, Question, QuestionType } from '@/forms/types'

/**
 * The one place that knows the shape of a form document in Payload: maps it to the engine's
 * plain `FormDefinition`. Everything else (admin checks, public pages, API) uses the engine.
 */
type Row = Record<string, unknown>

const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined)
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
const compact = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== false && v !== '')) as T

const ORDERED: Operator[] = ['greaterThan', 'lessThan']

function toCondition(row: Row): Condition {
  const operator = row.operator as Operator
  const values = rows(row.values).map(String)
  if (operator === 'oneOf' || (operator === 'includes' && values.length > 1)) {
    return { field: String(row.field ?? ''), operator, value: values }
  }
  if (ORDERED.includes(operator) && /^-?\d+(\.\d+)?$/.test(values[0] ?? '')) {
    return { field: String(row.field ?? ''), operator, value: Number(values[0]) }
  }
  return compact({ field: String(row.field ?? ''), operator, value: values[0] })
}

/** A condition group, or undefined when the editor left it empty ("always"). */
export function toConditionGroup(value: unknown): ConditionGroup | undefined {
  const group = (value ?? {}) as Row
  const conditions = rows(group.conditions).map(toCondition)
  if (conditions.length === 0) return undefined
  return { match: group.match === 'any' ? 'any' : 'all', conditions }
}

function toQuestion(block: Row): Question {
  const risk = (block.risk ?? {}) as Row
  const validation = compact({ ...((block.validation ?? {}) as Row) }) as Question['validation']
  delete (validation as Row | undefined)?.id
  const question = compact({
    key: String(block.key ?? ''),
    type: block.blockType as QuestionType,
    label: String(block.label ?? ''),
    hint: text(block.hint),
    errorName: text(block.errorName),
    showWhen: toConditionGroup(block.showWhen),
    validation: validation && Object.keys(validation).length ? validation : undefined,
    options: Array.isArray(block.options) ? rows(block.options).map((o) => ({ value: String(o.value ?? ''), label: String(o.label ?? '') })) : undefined,
    risk: risk.isRisk ? { triggerValues: rows(risk.triggerValues).map(String) } : undefined,
  })
  return { ...question, required: block.required !== false } as Question
}

function richTextToHtml(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  const html = convertLexicalToHTML({ data: value as SerializedEditorState, disableContainer: true })
  // The converter numbers every list item (`value="1"`), which HTML allows only inside <ol>:
  // browsers number an <ol> themselves, so the attribute is dropped everywhere.
  return (
    html
      .replace(/<p>\s*<\/p>/g, '')
      .replace(/(<li\b[^>]*?)\s+value="\d+"/g, '$1')
      .trim() || undefined
  )
}

function toPage(row: Row): Page {
  return compact({
    id: String(row.pageId ?? ''),
    title: String(row.title ?? ''),
    kind: row.kind === 'exit' ? 'exit' : 'questions',
    showWhen: toConditionGroup(row.showWhen),
    questions: rows(row.questions).map(toQuestion),
    branches: rows(row.branches).map((branch) => ({
      when: toConditionGroup(branch.when) ?? { match: 'all', conditions: [] },
      goTo: String(branch.goTo ?? ''),
    })),
    exitContent: richTextToHtml(row.exitContent),
  }) as Page
}

/** Service relationships may arrive as ids or (depth ≥ 1) as documents; the engine wants slugs. */
const serviceSlug = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? text((value as Row).slug) : value == null ? undefined : String(value)

/** The engine's definition of a form document (draft or published). */
export function toFormDefinition(doc: Row): FormDefinition {
  const routing = (doc.routing ?? {}) as Row
  return compact({
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
    version: num(doc.version) ?? 0,
    oneQuestionPerPage: Boolean(doc.oneQuestionPerPage),
    pages: rows(doc.pages).map(toPage),
    eligibilityGate: Boolean(doc.eligibilityGate),
    routing: {
      rules: rows(routing.rules).flatMap((rule) => {
        const when = toConditionGroup(rule.when)
        const service = serviceSlug(rule.service)
        return when && service ? [{ when, service }] : []
      }),
      defaultService: serviceSlug(routing.defaultService),
    },
  }) as FormDefinition
}

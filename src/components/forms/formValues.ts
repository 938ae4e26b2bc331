import type { FieldError, Page, Question } from '@/forms/types'

/** The parts of the address boxes, in the order the NHS address pattern shows them. */
export const ADDRESS_LINES = ['line1', 'line2', 'town', 'county', 'postcode'] as const
export const DATE_PARTS = ['day', 'month', 'year'] as const

// Longer than any answer the engine accepts, so a huge post is kept short but still refused.
const MAX_KEPT = 10_001

/** What a form posted under `name`, as text; files and missing fields give undefined. */
type FormFields = { get(name: string): unknown; getAll(name: string): unknown[] }

function text(data: FormFields, name: string): string | undefined {
  const value = data.get(name)
  return typeof value === 'string' ? value.slice(0, MAX_KEPT) : undefined
}

function parts<T extends string>(data: FormFields, key: string, names: readonly T[]): Record<T, string> {
  return Object.fromEntries(names.map((name) => [name, text(data, `${key}-${name}`) ?? ''])) as Record<T, string>
}

/** One question's raw answer from the posted form, in the shape its question type expects. */
function readQuestion(question: Question, data: FormFields): unknown {
  if (question.type === 'checkboxes') {
    return data.getAll(question.key).filter((item): item is string => typeof item === 'string').slice(0, 200)
  }
  if (question.type === 'date') return parts(data, question.key, DATE_PARTS)
  if (question.type === 'ukAddress') return parts(data, question.key, ADDRESS_LINES)
  return text(data, question.key)
}

/**
 * The raw answers a page's form posted, keyed by question. Browser and server both use this,
 * so the client check sees exactly what the server will validate. Fields the page does not
 * ask (the action's own fields, a honeypot) are left out.
 */
export function readPageValues(page: Page, data: FormFields): Record<string, unknown> {
  return Object.fromEntries(
    page.questions.flatMap((question) => {
      const value = readQuestion(question, data)
      return value === undefined ? [] : [[question.key, value]]
    }),
  )
}

/** Id of the box an error summary link moves focus to: the first box of a date, the wrong address line. */
export function fieldAnchor(page: Page, field: string): string {
  const [key, part] = field.split('.')
  const question = page.questions.find((candidate) => candidate.key === key)
  if (question?.type === 'date') return `${key}-day`
  if (question?.type === 'ukAddress') return `${key}-${part && (ADDRESS_LINES as readonly string[]).includes(part) ? part : 'line1'}`
  return key
}

/** The errors that belong to one question (an address can have one per line). */
export function errorsFor(errors: FieldError[], key: string): FieldError[] {
  return errors.filter((error) => error.field === key || error.field.startsWith(`${key}.`))
}

/** A stored or typed part of a date or address answer, as text for its box. */
export function partOf(value: unknown, part: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // Stored dates are ISO; the boxes show them as the trainee typed them, without leading zeros.
    const [year, month, day] = value.split('-')
    const bits: Record<string, string> = { year, month: String(Number(month)), day: String(Number(day)) }
    return bits[part] ?? ''
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ''
  const item = Object.prototype.hasOwnProperty.call(value, part) ? (value as Record<string, unknown>)[part] : undefined
  return typeof item === 'string' || typeof item === 'number' ? String(item) : ''
}

/** A single-box answer as text for its input. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : ''
}

/** The chosen options of a radios, select or checkboxes answer. */
export function chosenOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  if (value === true) return ['yes']
  return typeof value === 'string' ? [value] : []
}

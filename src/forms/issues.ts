import { z, type ZodType } from 'zod'

import { questionType } from './questions'
import type { FieldError, Question, QuestionContext } from './types'

export type Issue = { path: string[]; message: string }
export type Parsed = { value: unknown; issues: Issue[] }

export const NOT_AN_OBJECT = 'Send the answers as an object of question keys and answers'
const UNKNOWN_KEY = 'This answer is not part of the form'

/** Builds each question's schema once, so `now` is fixed for the whole submission. */
export function schemasFor(questions: Question[], ctx: QuestionContext): Map<string, ZodType> {
  const schemas = new Map<string, ZodType>()
  for (const question of questions) {
    if (!schemas.has(question.key)) schemas.set(question.key, questionType(question.type).schema(question, ctx))
  }
  return schemas
}

/** Runs one question's schema, putting its key in front of every error path. */
export function parseOne(schema: ZodType, key: string, value: unknown): Parsed {
  const result = schema.safeParse(value)
  if (result.success) return { value: result.data, issues: [] }
  const issues = result.error.issues.map((issue) => ({
    path: [key, ...issue.path.map(String)],
    message: issue.message,
  }))
  return { value: undefined, issues }
}

/** Strict mode: a key the form never asks is refused rather than silently stored. */
export function unknownKeyIssues(input: Record<string, unknown>, schemas: Map<string, ZodType>): Issue[] {
  return Object.keys(input)
    .filter((key) => !schemas.has(key))
    .slice(0, 50)
    .map((key) => ({ path: [key.slice(0, 100)], message: UNKNOWN_KEY }))
}

/** Hands collected issues to zod so they surface through `safeParse`. */
export function pushIssues(ctx: { issues: z.core.$ZodRawIssue[] }, input: unknown, issues: Issue[]): void {
  for (const issue of issues) ctx.issues.push({ code: 'custom', message: issue.message, input, path: issue.path })
}

/** One error per field, the first found, as the GOV.UK error summary expects. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  const seen = new Map<string, FieldError>()
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.')
    if (!seen.has(field)) seen.set(field, { field, message: issue.message })
  }
  return [...seen.values()]
}

import { z, type ZodType } from 'zod'

import { walkJourney, type JourneyWalk } from './walk'
import {
  NOT_AN_OBJECT,
  parseOne,
  pushIssues,
  schemasFor,
  toFieldErrors,
  unknownKeyIssues,
  type Issue,
  type Parsed,
} from './issues'
import { todayIso } from './dates'
import type { Answers, FormDefinition, QuestionContext, ValidationResult } from './types'
import { isRecord, ownValue, recordFrom } from './values'
import { isQuestionVisible } from './shown'

/** A route that ends on an exit page (or loops) cannot be submitted, whatever the answers. */
function endIssues(walk: JourneyWalk): Issue[] {
  if (walk.end.kind === 'check-answers') return []
  const last = walk.pages[walk.pages.length - 1]
  const before = walk.pages[walk.pages.length - 2]
  const field = walk.questions.find((entry) => entry.page === before)?.question.key ?? ''
  if (walk.end.kind === 'exit' && last) {
    return [{ path: [field], message: `These answers lead to "${last.title}", so the form cannot be sent` }]
  }
  return [{ path: [field], message: 'This form cannot be completed because its pages go round in a loop' }]
}

/**
 * The one schema for a whole submission, used by browser and server alike. Every answer is
 * normalised first, then the route is walked on the normalised answers; only questions shown on
 * that route are required and kept. Unknown keys are errors. Invalid answers count as missing
 * when choosing the route, and the question that holds them is on the route, so it reports.
 */
export function compileForm(def: FormDefinition, ctx: QuestionContext): ZodType<Answers> {
  const schemas = schemasFor(
    def.pages.flatMap((page) => page.questions),
    ctx,
  )
  return z.unknown().transform((input, zodCtx) => {
    if (!isRecord(input)) {
      pushIssues(zodCtx, input, [{ path: [], message: NOT_AN_OBJECT }])
      return z.NEVER
    }
    const parsed = new Map<string, Parsed>()
    for (const [key, schema] of schemas) parsed.set(key, parseOne(schema, key, ownValue(input, key)))
    const valid = [...parsed].filter(([, result]) => result.issues.length === 0 && result.value !== undefined)
    const walk = walkJourney(def, recordFrom(valid.map(([key, result]) => [key, result.value])))
    const issues = [
      ...walk.questions.flatMap(({ question }) => parsed.get(question.key)?.issues ?? []),
      ...endIssues(walk),
      ...unknownKeyIssues(input, schemas),
    ]
    pushIssues(zodCtx, input, issues)
    return issues.length > 0 ? z.NEVER : walk.answers
  })
}

/**
 * The schema for one page's posted answers. `answers` are those already given on earlier pages
 * (pruned), which decide which of this page's questions show. Keys from other pages are refused.
 * Throws for a page id the form does not have: callers should answer 404 before asking.
 */
export function compilePage(
  def: FormDefinition,
  pageId: string,
  answers: Answers,
  ctx: QuestionContext,
): ZodType<Answers> {
  const page = def.pages.find((candidate) => candidate.id === pageId)
  if (!page) throw new Error(`Form "${def.slug}" has no page "${pageId}"`)
  const schemas = schemasFor(page.questions, ctx)
  return z.unknown().transform((input, zodCtx) => {
    if (!isRecord(input)) {
      pushIssues(zodCtx, input, [{ path: [], message: NOT_AN_OBJECT }])
      return z.NEVER
    }
    const kept: Array<[string, unknown]> = []
    const issues: Issue[] = []
    for (const question of page.questions) {
      const schema = schemas.get(question.key)
      if (!schema || !isQuestionVisible(question, { ...answers, ...recordFrom(kept) })) continue
      const result = parseOne(schema, question.key, ownValue(input, question.key))
      issues.push(...result.issues)
      if (result.value !== undefined) kept.push([question.key, result.value])
    }
    issues.push(...unknownKeyIssues(input, schemas))
    pushIssues(zodCtx, input, issues)
    return issues.length > 0 ? z.NEVER : recordFrom(kept)
  })
}

function run(schema: ZodType<Answers>, input: unknown): ValidationResult {
  const result = schema.safeParse(input)
  return result.success ? { ok: true, answers: result.data } : { ok: false, errors: toFieldErrors(result.error) }
}

/**
 * Validates a whole submission. Never throws on any input (arrays, null, prototype keys, huge
 * strings): bad input always comes back as errors keyed by question (or `address.postcode`).
 */
export function validateAnswers(def: FormDefinition, answers: unknown, ctx: QuestionContext): ValidationResult {
  return run(compiledFormFor(def, ctx), answers)
}

/** The last compiled schema of each definition object, with the UK day it was compiled for. */
const compiledForms = new WeakMap<FormDefinition, { today: string; schema: ZodType<Answers> }>()

/**
 * A form's schema depends on the context only through today's date, so one compiled schema
 * serves a definition all day. Published definitions are immutable and shared, so this saves
 * compiling on every submission.
 */
function compiledFormFor(def: FormDefinition, ctx: QuestionContext): ZodType<Answers> {
  const today = todayIso(ctx.now)
  const cached = compiledForms.get(def)
  if (cached?.today === today) return cached.schema
  const schema = compileForm(def, ctx)
  compiledForms.set(def, { today, schema })
  return schema
}

/** Validates one page's posted answers given the answers from earlier pages. */
export function validatePage(
  def: FormDefinition,
  pageId: string,
  pageAnswers: unknown,
  answers: Answers,
  ctx: QuestionContext,
): ValidationResult {
  return run(compilePage(def, pageId, answers, ctx), pageAnswers)
}

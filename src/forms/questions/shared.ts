import { z, type ZodType } from 'zod'

import type { Option, Question } from '../types'
import { isBlank, MAX_INPUT_LENGTH, scalarText } from '../values'

const LEADING_PROMPT = /^(what is|what's|what are|please enter|please give|please select|enter|select|choose|give)\s+/i

/**
 * How a message names the answer: the editor's `errorName`, else the label without its question
 * wording, so "What is your email address?" gives "your email address".
 */
export function fieldName(question: Question): string {
  if (question.errorName?.trim()) return question.errorName.trim()
  const name = question.label
    .trim()
    .replace(/[?:.]+$/, '')
    .replace(LEADING_PROMPT, '')
  // Keep acronyms such as "GMC number" and "NMC PIN" as they are.
  if (/^[A-Z]{2,}/.test(name) || /^I\b/.test(name)) return name
  return name.charAt(0).toLowerCase() + name.slice(1)
}

/** Upper-cases the first letter, for names that start a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Compiles an editor's pattern; an invalid one gives undefined (publish checks report it). */
export function compilePattern(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined
  try {
    return new RegExp(pattern)
  } catch {
    return undefined
  }
}

/** A trimmed string answer, or undefined for anything else or anything absurdly long. */
export function textAnswer(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_INPUT_LENGTH ? value.trim() : undefined
}

/** True for a non-blank string: what most single-box questions count as answered. */
export function isTextAnswered(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== ''
}

/** The label shown for an option value, falling back to the value itself. */
export function optionLabel(options: Option[] | undefined, value: unknown): string {
  const text = scalarText(value) ?? ''
  return options?.find((option) => option.value === text)?.label ?? text
}

type PresenceOptions = {
  /** What counts as left blank; by default undefined, null and whitespace-only strings. */
  isEmpty?: (value: unknown) => boolean
  /** What to validate instead of reporting `requiredMessage` when a required answer is blank. */
  blankAs?: unknown
}

/**
 * Wraps a type's schema with the required/optional rule. Blank answers never reach the inner
 * schema, so each type writes its "missing" message once, here, and its inner messages only
 * describe wrong answers. Anything not blank, including the wrong type, goes to the inner
 * schema and is refused there rather than silently dropped. Blank optional answers come out as
 * undefined.
 */
export function withPresence(
  question: Question,
  requiredMessage: string,
  inner: ZodType,
  options: PresenceOptions = {},
): ZodType {
  const isEmpty = options.isEmpty ?? isBlank
  return z.unknown().transform((value, ctx) => {
    const empty = isEmpty(value)
    if (empty && !question.required) return undefined
    if (empty && !('blankAs' in options)) {
      ctx.issues.push({ code: 'custom', message: requiredMessage, input: value })
      return z.NEVER
    }
    const result = inner.safeParse(empty ? options.blankAs : value)
    if (result.success) return result.data
    for (const issue of result.error.issues) {
      ctx.issues.push({ code: 'custom', message: issue.message, input: value, path: [...issue.path] })
    }
    return z.NEVER
  })
}

import { z } from 'zod'

import type { QuestionHandler } from '../types'
import { isBlank, isRecord, ownValue, recordFrom } from '../values'
import { fieldName, withPresence } from './shared'

const MAX_LINE_LENGTH = 200

/** Royal Mail postcode shapes (outward code, then a digit and two letters), plus GIR 0AA. */
const POSTCODE =
  /^(GIR0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y])\d[ABD-HJLNP-UW-Z]{2})$/

const LINES = ['line1', 'line2', 'town', 'county', 'postcode'] as const
type Line = (typeof LINES)[number]

const MISSING: Partial<Record<Line, string>> = {
  line1: 'Enter address line 1, typically the building and street',
  town: 'Enter town or city',
  postcode: 'Enter postcode',
}

/** Upper case with exactly one space before the inward code, e.g. "sw1a2aa" → "SW1A 2AA". */
export function normalisePostcode(value: string): string | undefined {
  if (value.length > 20) return undefined
  const compact = value.replace(/\s+/g, '').toUpperCase()
  return POSTCODE.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : undefined
}

/** One trimmed line; cut just past the limit so a huge post is refused without being copied. */
function lineOf(value: unknown, line: Line): string {
  const text = ownValue(value, line)
  return typeof text === 'string' ? text.trim().slice(0, MAX_LINE_LENGTH + 1) : ''
}

function isAddressAnswered(value: unknown): boolean {
  return isRecord(value) && LINES.some((line) => lineOf(value, line) !== '')
}

/**
 * A UK postal address. Errors point at the box that is wrong (`address.postcode`) so the
 * error summary can link to it.
 */
export const ukAddress: QuestionHandler = {
  type: 'ukAddress',
  schema(question) {
    const inner = z.unknown().transform((raw, ctx) => {
      if (!isRecord(raw)) {
        ctx.issues.push({ code: 'custom', message: `Enter ${fieldName(question)}`, input: raw })
        return z.NEVER
      }
      let failed = false
      const fail = (line: Line, message: string) => {
        failed = true
        ctx.issues.push({ code: 'custom', message, input: raw, path: [line] })
      }
      const entries: Array<[string, unknown]> = []
      for (const line of LINES) {
        const text = lineOf(raw, line)
        const missing = MISSING[line]
        if (text === '' && missing) fail(line, missing)
        else if (line === 'postcode') {
          const postcode = normalisePostcode(text)
          if (postcode) entries.push([line, postcode])
          else fail(line, 'Enter a full UK postcode, like AA3 1AB')
        } else if (text.length > MAX_LINE_LENGTH) {
          fail(line, `Each address line must be ${MAX_LINE_LENGTH} characters or less`)
        } else if (text !== '') entries.push([line, text])
      }
      return failed ? z.NEVER : recordFrom(entries)
    })
    return withPresence(question, `Enter ${fieldName(question)}`, inner, {
      isEmpty: (value) => isBlank(value) || (isRecord(value) && LINES.every((line) => isBlank(ownValue(value, line)))),
      blankAs: {},
    })
  },
  isAnswered: isAddressAnswered,
  format: (value) =>
    LINES.map((line) => lineOf(value, line))
      .filter((text) => text !== '')
      .join(', '),
}

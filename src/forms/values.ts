import type { Answers } from './types'

/** Longest string the engine will look at; anything longer is junk, not an answer. */
export const MAX_INPUT_LENGTH = 10_000

/** True for a plain `{}`-style object (not an array, null, date or class instance). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Reads an own property only, so keys such as `__proto__` or `constructor` in a definition or
 * in posted answers never reach the prototype chain.
 */
export function ownValue(record: unknown, key: string): unknown {
  if (!isRecord(record)) return undefined
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

/** Reads `key` or a nested `key.part` (e.g. `address.postcode`) from answers. */
export function readAnswer(answers: Answers, field: string): unknown {
  const direct = ownValue(answers, field)
  if (direct !== undefined || !field.includes('.')) return direct
  return field.split('.').reduce<unknown>((value, part) => ownValue(value, part), answers)
}

/** Whitespace-only strings, null and undefined are what an untouched form field sends. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
}

/**
 * Type-agnostic "has the trainee answered this?" used by conditions, which do not know the
 * question type. Objects (dates, addresses) count when any part is filled in; one level only,
 * so deeply nested junk cannot make it recurse.
 */
export function hasAnswer(value: unknown): boolean {
  if (isBlank(value)) return false
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.some((item) => !isBlank(item))
  if (isRecord(value)) return Object.values(value).some((part) => !isBlank(part) && typeof part !== 'object')
  return typeof value === 'string' || typeof value === 'boolean'
}

/** Short, safe string form of a scalar answer; other shapes give undefined. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_INPUT_LENGTH ? undefined : value.trim()
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return undefined
}

/** Builds a record from entries without ever touching `Object.prototype` via `__proto__`. */
export function recordFrom(entries: Array<[string, unknown]>): Answers {
  return Object.fromEntries(entries)
}

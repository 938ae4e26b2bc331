import type { PlaceholderValues } from './types'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe to place in HTML content or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g

/**
 * Fills `{{name}}` placeholders. `encode` is applied to each value (HTML-escaping for the HTML
 * part); a placeholder with no value is left as written so staff notice the typo.
 */
export function fillPlaceholders(template: string, values: PlaceholderValues, encode: (value: string) => string = (value) => value): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? encode(values[name as keyof PlaceholderValues]) : whole,
  )
}

/** Header lines must be one line: a value with a line break could otherwise add headers. */
export const oneLine = (value: string): string => value.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim()

import { urgentWhatHappensNext } from '@/email/firstContact'

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g

/**
 * The editor's confirmation text as paragraphs, `{{placeholders}}` filled. Values are plain
 * text that React escapes when it renders them; a placeholder the trainee has no value for
 * (such as the staff-only `{{adminLink}}`) is left out rather than shown as code.
 */
export function confirmationParagraphs(template: string, values: Record<string, string | undefined>): string[] {
  const filled = template.replace(PLACEHOLDER, (_whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? (values[name] ?? '') : '',
  )
  return filled
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
}

/**
 * "What happens next" on the confirmation page: the form's routine text, or for a referral that
 * answered a risk question, that it will be looked at urgently and within how many working days.
 */
export function whatHappensNext(
  template: string,
  values: Record<string, string | undefined>,
  urgency: { urgent: boolean; urgentContactWorkingDays: number },
): string[] {
  return urgency.urgent ? urgentWhatHappensNext(urgency.urgentContactWorkingDays) : confirmationParagraphs(template, values)
}

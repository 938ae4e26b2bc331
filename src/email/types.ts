/** The three emails a referral can cause. */
export const EMAIL_KINDS = ['trainee', 'service', 'urgent'] as const
export type EmailKind = (typeof EMAIL_KINDS)[number]

/** Subject and body as PSU staff write them on the form, with `{{placeholders}}`. */
export type EmailTemplate = { subject: string; body: string }

/** The values placeholders are filled with; unknown placeholders are left as written. */
export type PlaceholderValues = {
  reference: string
  firstName: string
  serviceName: string
  formTitle: string
  adminLink: string
}

/** A crisis line as it appears in the confirmation email. */
export type SupportLineSummary = {
  name: string
  whoFor?: string | null
  phone?: string | null
  phoneHours?: string | null
  textCode?: string | null
  textNumber?: string | null
  textHours?: string | null
  link?: string | null
}

/** A block the platform adds after the staff-written body, so it is always there. */
export type EmailSection = { heading: string; lines: string[]; link?: { href: string; text: string } }

export type RenderedEmail = { subject: string; text: string; html: string; priority: 'high' | 'normal' }

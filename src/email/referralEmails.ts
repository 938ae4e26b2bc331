import { urgentWhatHappensNext } from './firstContact'
import { fillPlaceholders } from './placeholders'
import { renderEmail } from './render'
import type { EmailKind, EmailSection, EmailTemplate, PlaceholderValues, RenderedEmail, SupportLineSummary } from './types'

/** Everything a referral email is made from, gathered at send time. */
export type ReferralEmailContext = {
  reference: string
  priority: 'normal' | 'urgent'
  /** Only the trainee's own email uses an answer; staff emails never carry answers. */
  firstName?: string
  serviceName: string
  formTitle: string
  adminLink: string
  /** The trainee's status page with the reference filled in (absolute URL); trainee email only. */
  statusLink?: string
  /** The form's confirmation text: what happens next after a routine referral. */
  whatHappensNext: string
  /** The form's setting: an urgent referral is first contacted within this many working days. */
  urgentContactWorkingDays: number
  supportLines: SupportLineSummary[]
  templates: Record<EmailKind, EmailTemplate>
}

/** One crisis line on one line: name, who for, phone, text and link, as the page words them. */
export function describeSupportLine(line: SupportLineSummary): string {
  const name = line.whoFor ? `${line.name} (for ${line.whoFor})` : line.name
  const routes: string[] = []
  if (line.phone) routes.push(`call ${line.phone}${line.phoneHours ? ` (${line.phoneHours})` : ''}`)
  if (line.textCode && line.textNumber) routes.push(`text ${line.textCode} to ${line.textNumber}${line.textHours ? ` (${line.textHours})` : ''}`)
  if (line.link) routes.push(line.link)
  return routes.length > 0 ? `${name}: ${routes.join(', ')}` : name
}

function traineeSections(context: ReferralEmailContext, values: PlaceholderValues): EmailSection[] {
  const next =
    context.priority === 'urgent'
      ? urgentWhatHappensNext(context.urgentContactWorkingDays)
      : fillPlaceholders(context.whatHappensNext, values)
          .split(/\r?\n\s*\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
  return [
    {
      heading: 'Your reference',
      lines: [context.reference, 'Quote it whenever you contact us about this referral.'],
      link: context.statusLink ? { href: context.statusLink, text: 'Check where your referral is' } : undefined,
    },
    { heading: 'What happens next', lines: next },
    {
      heading: 'If you need help now',
      lines: [
        'If you are in crisis or worried about your safety, call 999 or go to A&E. You can also contact:',
        ...context.supportLines.map(describeSupportLine),
      ],
    },
  ]
}

function staffSections(context: ReferralEmailContext): EmailSection[] {
  return [
    {
      heading: 'Referral',
      lines: [
        `Reference: ${context.reference}`,
        `Priority: ${context.priority === 'urgent' ? 'URGENT' : 'Normal'}`,
        `Form: ${context.formTitle}`,
        `Service: ${context.serviceName}`,
      ],
      link: { href: context.adminLink, text: 'Sign in to read the referral' },
    },
  ]
}

/**
 * The email of one kind for one referral: the trainee's confirmation (reference, what happens
 * next, crisis lines), the service notification, or the urgent duty notification. The staff
 * emails contain no answers, only the reference, priority and a link to the admin.
 */
export function referralEmail(kind: EmailKind, context: ReferralEmailContext): RenderedEmail {
  const values: PlaceholderValues = {
    reference: context.reference,
    firstName: kind === 'trainee' ? (context.firstName ?? '') : 'the trainee',
    serviceName: context.serviceName,
    formTitle: context.formTitle,
    adminLink: context.adminLink,
  }
  const template = context.templates[kind]
  if (kind === 'trainee') return renderEmail(template, values, traineeSections(context, values))
  return renderEmail(template, values, staffSections(context), kind === 'urgent')
}

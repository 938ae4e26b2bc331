import type { Payload, PayloadRequest } from 'payload'

import type { EmailKind, ReferralEmailContext } from '@/email'
import type { FormDefinition } from '@/forms/types'
import type { Submission } from '@/payload-types'
import { paths } from '@/site/paths'
import { formMessagesSchema } from './publishedForm'
import { traineeEmailAddress, traineeFirstName } from './recipients'

/** The duty inbox for urgent referrals and the site's public address, for admin links. */
export type EmailAddresses = { dutyEmail: string; serverUrl: string }

export type ReferralEmailPlan = { to: string | undefined; context: ReferralEmailContext }

const idOf = (value: unknown): string | number | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value.id as string | number) : (value as string | number | undefined) ?? undefined

async function routedServiceOf(payload: Payload, submission: Submission, req: PayloadRequest) {
  const id = idOf(submission.routedService)
  if (id === undefined) return undefined
  const { docs } = await payload.find({ collection: 'services', where: { id: { equals: id } }, limit: 1, depth: 0, req })
  return docs[0]
}

/**
 * Gathers, at send time, what one referral email needs: the frozen version's messages and
 * title, the routed service, the site settings and the crisis lines as they are now, and
 * whom to send it to (trainee's answer, service inbox or site contact email, duty address).
 */
export async function planReferralEmail(
  payload: Payload,
  submission: Submission,
  kind: EmailKind,
  addresses: EmailAddresses,
  req: PayloadRequest,
): Promise<ReferralEmailPlan> {
  const version = await payload.findByID({ collection: 'form-versions', id: idOf(submission.formVersion) as number, depth: 0, req })
  const definition = version.definition as unknown as FormDefinition
  const messages = formMessagesSchema.parse(version.messages)
  const answers = (submission.answers ?? {}) as Record<string, unknown>
  const service = await routedServiceOf(payload, submission, req)
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, req })
  const lines = kind === 'trainee' ? (await payload.find({ collection: 'support-lines', sort: 'order', limit: 20, depth: 0, req })).docs : []
  const to = { trainee: traineeEmailAddress(definition, answers), service: service?.contact?.email || settings.contactEmail, urgent: addresses.dutyEmail }[kind]
  return {
    to: to || undefined,
    context: {
      reference: submission.reference,
      priority: submission.priority,
      firstName: kind === 'trainee' ? traineeFirstName(answers) : undefined,
      serviceName: service?.title ?? settings.serviceName ?? 'Professional Support Unit',
      formTitle: definition.title,
      adminLink: `${addresses.serverUrl}/admin/collections/submissions/${submission.id}`,
      statusLink: kind === 'trainee' ? `${addresses.serverUrl}${paths.referralStatus(submission.reference)}` : undefined,
      whatHappensNext: messages.confirmation,
      urgentContactWorkingDays: messages.urgentContactWorkingDays,
      supportLines: lines,
      templates: { trainee: messages.traineeEmail, service: messages.serviceEmail, urgent: messages.urgentEmail },
    },
  }
}

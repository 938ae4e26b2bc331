import type { Payload } from 'payload'

const condition = (field: string, operator: string, ...values: string[]) => ({ match: 'all', conditions: [{ field, operator, values }] })

/** The inboxes the fixture's routing reaches. */
export const CAREERS_INBOX = 'careers@psu.test'

/** Answers that pass the fixture form and route to the Careers Unit. */
export const validAnswers = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  firstName: 'Amira',
  email: 'amira@example.org',
  topic: 'careers',
  safe: 'yes',
  ...overrides,
})

async function serviceId(payload: Payload, slug: string) {
  const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no seeded service ${slug}`)
  return docs[0].id
}

/** The fixture form's document (see `publishReferralForm`), for the Local API or REST. */
export function referralFormData(slug: string, careers: string | number, individual: string | number) {
  return {
    title: 'Test referral <form>',
    slug,
    confirmation: 'We will contact you within 10 working days. Your reference is {{reference}}.',
    traineeEmail: { subject: 'Your referral {{reference}}', body: 'Dear {{firstName}},\n\nThank you for your referral to {{serviceName}}.' },
    serviceEmail: { subject: 'New referral {{reference}} for {{serviceName}}', body: 'A new referral for {{formTitle}}.\n\nOpen it: {{adminLink}}' },
    urgentEmail: { subject: 'Referral {{reference}} needs a response today', body: 'A risk question was answered.\n\nOpen it: {{adminLink}}' },
    retentionDays: 365,
    pages: [
      {
        pageId: 'about-you',
        title: 'About you',
        kind: 'questions',
        questions: [
          { blockType: 'shortText', key: 'firstName', label: 'First name', required: true },
          { blockType: 'email', key: 'email', label: 'What is your email address?', required: true },
        ],
      },
      {
        pageId: 'support',
        title: 'Support',
        kind: 'questions',
        questions: [
          {
            blockType: 'radios',
            key: 'topic',
            label: 'What would you like help with?',
            required: true,
            options: [
              { label: 'Careers', value: 'careers' },
              { label: 'Wellbeing', value: 'wellbeing' },
            ],
          },
        ],
      },
      {
        pageId: 'more',
        title: 'More about you',
        kind: 'questions',
        questions: [
          { blockType: 'longText', key: 'details', label: 'Tell us more', required: true, showWhen: condition('topic', 'equals', 'wellbeing') },
          { blockType: 'yesNo', key: 'safe', label: 'Are you safe right now?', required: true, risk: { isRisk: true, triggerValues: ['no'] } },
        ],
      },
    ],
    routing: { rules: [{ when: condition('topic', 'equals', 'careers'), service: careers }], defaultService: individual },
  }
}

/**
 * Publishes a small referral form: name and email, a topic choice that shows a follow-up only
 * for wellbeing (a hidden question otherwise), and a risk question. Careers answers route to
 * the Careers Unit (given a test inbox); anything else to the Individual Support Team.
 */
export async function publishReferralForm(payload: Payload, slug: string, extra: Record<string, unknown> = {}) {
  const careers = await serviceId(payload, 'careers-unit')
  const individual = await serviceId(payload, 'individual-support-team')
  await payload.update({ collection: 'services', id: careers, data: { contact: { email: CAREERS_INBOX }, _status: 'published' } as never })
  const form = await payload.create({
    collection: 'forms',
    data: { ...referralFormData(slug, careers, individual), _status: 'published', ...extra } as never,
  })
  return { formId: form.id, careers, individual }
}

/** Answers that pass the seeded `psu-application` form as posted to its API (a London doctor; no risk). */
export const psuApplicationAnswers = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  firstName: 'Ada',
  lastName: 'Lovelace',
  dateOfBirth: '1990-02-01',
  email: 'ada@example.com',
  phone: '07700 900123',
  staffGroup: 'doctor',
  region: 'london',
  hasTrainingNumber: 'yes',
  workforceScheme: 'none',
  grade: 'ST4',
  specialty: 'Paediatrics',
  trainingProgramme: 'Paediatrics',
  trust: 'Barts',
  servicesOfInterest: ['careers-unit'],
  whatSupport: 'Exam stress',
  previousSupport: 'no',
  harmThoughts: 'no',
  consentToContact: 'yes',
  consentToShare: 'yes',
  ...overrides,
})
